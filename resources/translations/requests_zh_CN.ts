<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Date and quality</source>
        <translation>日期和质量</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record status</source>
        <translation>记录状态</translation>
    </message>
    <message>
        <source>progress report</source>
        <translation>进展报告</translation>
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
        <source>Status and date</source>
        <translation>状态和日期</translation>
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
        <source>acronym, e.g. FBI</source>
        <translation>简称，如 FBI</translation>
    </message>
    <message>
        <source>acronym, e.g. MPS</source>
        <translation>简称，如 MPS</translation>
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
        <translation>主题</translation>
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
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Reference</source>
        <extracomment>Role giving a number (or string) that sorts a column correctly: dates by day, not by text. Role giving the request&apos;s id.</extracomment>
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
        <translation>主题</translation>
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
        <source>Kind</source>
        <translation>类别</translation>
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
        <source>Quality: {0}</source>
        <translation>质量：{0}</translation>
    </message>
    <message>
        <source>Responding side {0}</source>
        <translation>答复方 {0}</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>assistance</source>
        <translation>协助</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>缓解</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>insufficient</source>
        <translation>不充分</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未决</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认收到</translation>
    </message>
    <message>
        <source>responded</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>确认收到</translation>
    </message>
    <message>
        <source>response</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>discussed</source>
        <translation>已讨论</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>已顺延</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>常设</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>升级事项</translation>
    </message>
    <message>
        <source>request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>提议</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>held</source>
        <translation>已举行</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
</TS>
