<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgencyPicker</name>
    <message>
        <source>none: type or pick an agency</source>
        <translation>无：输入或选择机构</translation>
    </message>
    <message>
        <source>{acronym} — {name_en}</source>
        <translation>{acronym} — {name_zh}</translation>
    </message>
    <message>
        <source>“{0}” is not an agency of {1}: pick one from the list, or leave the field empty.</source>
        <translation>“{0}”不是{1}方的机构：请从列表中选择，或留空。</translation>
    </message>
    <message>
        <source>Not an agency of {0}: pick one from the list.</source>
        <translation>不是{0}方的机构：请从列表中选择。</translation>
    </message>
    <message>
        <source>Type an acronym or a name, or pick from the list; leave empty for none.</source>
        <translation>输入缩写或名称，或从列表中选择；没有则留空。</translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message>
        <source>Pause the clock of {0}</source>
        <translation>暂停 {0} 的计时</translation>
    </message>
    <message>
        <source>Resume the clock of {0}</source>
        <translation>恢复 {0} 的计时</translation>
    </message>
    <message>
        <source>Extend the due date of {0}</source>
        <translation>延长 {0} 的截止日期</translation>
    </message>
    <message>
        <source>While the clock is paused (for instance while the requesting side is asked to clarify), the days do not count toward the due date or lateness. The response is due {0} now.</source>
        <translation>计时暂停期间（例如请请求方澄清时），天数不计入截止日期或逾期。目前答复截止日期为 {0}。</translation>
    </message>
    <message>
        <source>The clock runs again from this day; the due date {0} moves by the days paused since {1}.</source>
        <translation>自该日起恢复计时；截止日期 {0} 将按自 {1} 起暂停的天数顺延。</translation>
    </message>
    <message>
        <source>An extension agreed with the requesting side moves the due date {0}; the date first set is kept, and the report counts answers on time only under an extension apart.</source>
        <translation>与请求方商定的延期将推后截止日期 {0}；最初确定的日期予以保留，报告将依延期按时的答复单独计数。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Paused from</source>
        <translation>暂停起始日</translation>
    </message>
    <message>
        <source>Running again on</source>
        <translation>恢复计时日</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>商定日期</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>新截止日期</translation>
    </message>
    <message>
        <source>What was received (optional)</source>
        <translation>收到的内容（可选）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>Give the new due date agreed.</source>
        <translation>请填写商定的新截止日期。</translation>
    </message>
</context>
<context>
    <name>OverdueRequestsCard</name>
    <message>
        <source>Overdue requests</source>
        <translation>逾期请求</translation>
    </message>
    <message>
        <source>{0} owed by {1}</source>
        <translation>{1}欠{0}项</translation>
    </message>
    <message>
        <source>{0} to {1}: due {2}, {3} days late</source>
        <translation>{0}（答复方{1}）：期限{2}，逾期{3}天</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>没有逾期的请求。</translation>
    </message>
</context>
<context>
    <name>RequestDetailPane</name>
    <message>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>History of the request</source>
        <translation>请求的历史记录</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>记录答复</translation>
    </message>
    <message>
        <source>What was provided (optional)</source>
        <translation>提供了什么（可选）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>progress report</source>
        <translation>进展报告</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Correct the kind, subject, description or agencies of this request</source>
        <translation>更正此请求的类别、主题、说明或机构</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>About the request</source>
        <translation>关于该请求</translation>
    </message>
    <message>
        <source>You ({0})</source>
        <translation>本人（{0}）</translation>
    </message>
    <message>
        <source>Rated by</source>
        <translation>评定人</translation>
    </message>
    <message>
        <source>Why this quality (optional)</source>
        <translation>评定理由（可选）</translation>
    </message>
    <message>
        <source>Why this quality</source>
        <translation>评定理由</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <source>The report, or the reason for closing or withdrawing</source>
        <translation>进展报告，或结案、撤回的理由</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>计时</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>暂停…</translation>
    </message>
    <message>
        <source>Stop the clock, e.g. while the requesting side is asked to clarify</source>
        <translation>暂停计时，例如请请求方澄清时</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Run the clock again; the due date moves by the days paused</source>
        <translation>恢复计时；截止日期按暂停天数顺延</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>Record an extension agreed with the requesting side</source>
        <translation>记录与请求方商定的延期</translation>
    </message>
    <message>
        <source>Outcome of the investigation: arrests, evidence delivered, mitigation done</source>
        <translation>调查结果：逮捕、移交证据、已采取的缓解措施</translation>
    </message>
    <message>
        <source>Shareable with the other side</source>
        <translation>可与对方分享</translation>
    </message>
    <message>
        <source>A result not shareable is printed only in briefing-pack copies for the responding side</source>
        <translation>不可分享的结果仅印入发给答复方的简报材料副本</translation>
    </message>
    <message>
        <source>Date of the result</source>
        <translation>结果日期</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation>未选择请求</translation>
    </message>
    <message>
        <source>Choose a request in the list to see its history.</source>
        <translation>在列表中选择一项请求以查看其记录。</translation>
    </message>
    <message>
        <source>None given.</source>
        <translation>未填写。</translation>
    </message>
    <message>
        <source>Chinese missing: the Chinese pack prints the English, marked untranslated</source>
        <translation>缺少中文：中文简报材料将印出英文并标注未翻译</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>截止 {0}</translation>
    </message>
    <message>
        <source>rated by {0}</source>
        <translation>评定人 {0}</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>尚无记录。</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认收到</translation>
    </message>
    <message>
        <source>From</source>
        <translation>请求方</translation>
    </message>
    <message>
        <source>To</source>
        <translation>答复方</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation>确认截止</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>答复截止</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>since {0}</source>
        <translation>自 {0} 起</translation>
    </message>
    <message>
        <source>{0} to {1} ({2} days)</source>
        <translation>{0} 至 {1}（{2} 天）</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>from {0} to {1}, agreed {2}</source>
        <translation>由 {0} 延至 {1}，商定于 {2}</translation>
    </message>
    <message>
        <source>Quality rated by</source>
        <translation>质量评定人</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>shareable</source>
        <translation>可分享</translation>
    </message>
    <message>
        <source>not shareable</source>
        <translation>不可分享</translation>
    </message>
    <message>
        <source>first set {0}</source>
        <translation>最初为 {0}</translation>
    </message>
    <message>
        <source>{0} days paused</source>
        <translation>暂停 {0} 天</translation>
    </message>
    <message>
        <source>Paused since {0}.</source>
        <translation>自 {0} 起暂停。</translation>
    </message>
    <message>
        <source>The request is {0}; its clock has stopped.</source>
        <translation>该请求状态为“{0}”；计时已停止。</translation>
    </message>
    <message>
        <source>Answered on {0}; the clock stopped then.</source>
        <translation>已于 {0} 答复；计时自此停止。</translation>
    </message>
    <message>
        <source>Running: the response is due {0}.</source>
        <translation>计时中：答复截止日期为 {0}。</translation>
    </message>
    <message>
        <source>Give the date of the result.</source>
        <translation>请填写结果日期。</translation>
    </message>
    <message>
        <source>Give the date of the response.</source>
        <translation>请填写答复日期。</translation>
    </message>
    <message>
        <source>Give the date of the change.</source>
        <translation>请填写变更日期。</translation>
    </message>
    <message>
        <source>Withdraw request?</source>
        <translation>撤回请求？</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Withdraw {0} ({1})? It is no longer awaited and leaves the overdue list; the reason “{2}” goes into its history. It can be reopened later.</source>
        <translation>撤回 {0}（{1}）？此后不再等待答复，并从逾期清单中移除；理由“{2}”记入其记录。以后可以重新开启。</translation>
    </message>
    <message>
        <source>Close request?</source>
        <translation>结案？</translation>
    </message>
    <message>
        <source>Close request</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Close {0} ({1})? It counts as finished and leaves the overdue list; the reason “{2}” goes into its history. It can be reopened later.</source>
        <translation>将 {0}（{1}）结案？此后视为已办结，并从逾期清单中移除；理由“{2}”记入其记录。以后可以重新开启。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0}天</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>升级事项</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>New request</source>
        <translation>新请求</translation>
    </message>
    <message>
        <source>What is requested, in one line</source>
        <translation>请求内容（一行）</translation>
    </message>
    <message>
        <source>Edit request {0}</source>
        <translation>编辑请求 {0}</translation>
    </message>
    <message>
        <source>The reference stays as logged: it is quoted in both sides&apos; correspondence.</source>
        <translation>编号保持登记时的原样：双方往来函件中均引用此编号。</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>From side</source>
        <translation>请求方</translation>
    </message>
    <message>
        <source>To side</source>
        <translation>答复方</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Requesting agency</source>
        <translation>请求机构</translation>
    </message>
    <message>
        <source>Responding agency</source>
        <translation>答复机构</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The reference and the due dates are given when the request is saved: the due dates are counted from the date received, by the standard for the kind.</source>
        <translation>保存请求时生成编号和截止日期：截止日期自收到日期起，按该类别的时限标准计算。</translation>
    </message>
    <message>
        <source>Stays as logged: the reference is numbered by the requesting side and the year received, and the due dates are counted from the date received.</source>
        <translation>保持登记时的原样：编号按请求方和收到年份编排，截止日期自收到日期起计算。</translation>
    </message>
    <message>
        <source>A new kind sets the due dates again from the date received, by the standard for that kind.</source>
        <translation>更改类别后，截止日期将自收到日期起按新类别的时限标准重新计算。</translation>
    </message>
    <message>
        <source>The reference, the sides and the date received stay as logged: the reference is quoted in both sides&apos; correspondence and the due dates are counted from the date received. A new kind sets the due dates again by its standard. To correct the date received, withdraw the request with the reason and log it again.</source>
        <translation>编号、双方和收到日期保持登记时的原样：双方往来函件中均引用此编号，截止日期自收到日期起计算。更改类别后，截止日期按新类别的标准重新计算。如需更正收到日期，请注明理由撤回此请求，然后重新登记。</translation>
    </message>
    <message>
        <source>Subject (Chinese)</source>
        <translation>事由（中文）</translation>
    </message>
    <message>
        <source>Description (Chinese)</source>
        <translation>说明（中文）</translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation>确认截止</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>答复截止</translation>
    </message>
    <message>
        <source>Give the date the request was received.</source>
        <translation>请填写收到请求的日期。</translation>
    </message>
    <message>
        <source>Request {0}</source>
        <translation>请求 {0}</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this request meanwhile. Save again to compare and choose.</source>
        <translation>未保存：在您编辑期间，其他人修改了此请求。请再次保存以进行比较和选择。</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>请求方</translation>
    </message>
    <message>
        <source>To</source>
        <translation>答复方</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Days past the response due date</source>
        <translation>超过答复期限的天数</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>搜索请求</translation>
    </message>
    <message>
        <source>Search reference, subject, agency…</source>
        <translation>搜索编号、主题、机构…</translation>
    </message>
    <message>
        <source>Responding side</source>
        <translation>答复方</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>任何类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Any answer</source>
        <translation>任何答复</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>逾期答复</translation>
    </message>
    <message>
        <source>Partial or worse</source>
        <translation>部分或更差</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>请求类别</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>新请求…</translation>
    </message>
    <message>
        <source>Timeliness…</source>
        <translation>及时性…</translation>
    </message>
    <message>
        <source>Loading requests…</source>
        <translation>正在载入请求…</translation>
    </message>
    <message>
        <source>Loading requests</source>
        <translation>载入请求</translation>
    </message>
    <message>
        <source>The requests could not be loaded.</source>
        <translation>无法载入请求。</translation>
    </message>
    <message>
        <source>Any side</source>
        <translation>任何一方</translation>
    </message>
    <message>
        <source>To {0}</source>
        <translation>答复方 {0}</translation>
    </message>
    <message>
        <source>Loading requests… the newest {0} are shown</source>
        <translation>正在载入请求…先显示最新的{0}项</translation>
    </message>
    <message>
        <source>{0} requests · {1} overdue today · showing {2}</source>
        <translation>共{0}项请求 · 今日逾期{1}项 · 显示{2}项</translation>
    </message>
</context>
<context>
    <name>StandardsDialog</name>
    <message>
        <source>Timeliness standards</source>
        <translation>时限标准</translation>
    </message>
    <message>
        <source>Days allowed to acknowledge and to respond to each kind of request. Working days are those of the responding side. Requests already logged keep the due dates they were given; new requests get these.</source>
        <translation>每类请求确认和答复的期限天数。工作日按答复方计算。已登记的请求保留原定期限；新请求采用此处的标准。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Acknowledge within</source>
        <translation>确认期限</translation>
    </message>
    <message>
        <source>Respond within</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>日历日</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>Your role may read the standards but not change them.</source>
        <translation>您的角色可以查看标准，但不能修改。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>TimelinessCard</name>
    <message>
        <source>Timeliness since the last meeting</source>
        <translation>上次会议以来的及时性</translation>
    </message>
    <message>
        <source>Requests received {0} to {1}, by responding side</source>
        <translation>{0}至{1}收到的请求，按答复方</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>responded</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>median days</source>
        <translation>中位天数</translation>
    </message>
    <message>
        <source>overdue now</source>
        <translation>目前逾期</translation>
    </message>
</context>
<context>
    <name>TimelinessDialog</name>
    <message>
        <source>Timeliness and quality of responses</source>
        <translation>答复的及时性和质量</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Since the last held meeting</source>
        <translation>上次会议以来</translation>
    </message>
    <message>
        <source>Before meeting {0} ({1})</source>
        <translation>第{0}次会议之前（{1}）</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>自定期间</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Timeliness and quality by responding side</source>
        <translation>按答复方统计的及时性和质量</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Standards…</source>
        <translation>标准…</translation>
    </message>
    <message>
        <source>Days allowed to acknowledge and respond, per kind of request</source>
        <translation>各类请求确认和答复的期限天数</translation>
    </message>
    <message>
        <source>Requests received {0} to {1}, measured as of {2}; overdue counts every request unanswered past its due date.</source>
        <translation>{0}至{1}收到的请求，截至{2}计算；逾期包括所有超过期限仍未答复的请求。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Acknowledged on time</source>
        <translation>按时确认收到</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Responded on time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <source>of which only under an extension</source>
        <translation>其中仅因延期而按时</translation>
    </message>
    <message>
        <source>On-time share</source>
        <translation>按时比例</translation>
    </message>
    <message>
        <source>Median days to response</source>
        <translation>答复天数中位数</translation>
    </message>
    <message>
        <source>90th percentile days</source>
        <translation>第90百分位天数</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>目前逾期</translation>
    </message>
    <message>
        <source>Requests extended</source>
        <translation>延期的请求</translation>
    </message>
    <message>
        <source>Requests paused</source>
        <translation>暂停计时的请求</translation>
    </message>
    <message>
        <source>Days paused</source>
        <translation>暂停天数</translation>
    </message>
    <message>
        <source>Quality: {0}</source>
        <translation>质量：{0}</translation>
    </message>
    <message>
        <source>Responding side {0}</source>
        <translation>答复方 {0}</translation>
    </message>
</context>
</TS>
