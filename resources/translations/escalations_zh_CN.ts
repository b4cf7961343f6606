<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Acknowledge</source>
        <translation>确认收到</translation>
    </message>
    <message>
        <source>Acknowledge escalation</source>
        <translation>确认收到升级事项</translation>
    </message>
    <message>
        <source>Record when the responding side acknowledged {0}. The time counts against the response target of its severity.</source>
        <translation>记录答复方确认收到{0}的时间。该时间按其严重程度的响应目标计算。</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>e.g. the duty officer</source>
        <translation>例如：值班人员</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New hotline contact point</source>
        <translation>新增热线联络人</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>一方</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>external id, e-mail or id; or leave empty and give a name</source>
        <translation>外部编号、电子邮件或编号；或留空并填写姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>On duty from</source>
        <translation>值班起始日期</translation>
    </message>
    <message>
        <source>On duty until</source>
        <translation>值班截止日期</translation>
    </message>
    <message>
        <source>Name (when not a delegate)</source>
        <translation>姓名（非代表时）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Hours of duty</source>
        <translation>值班时间</translation>
    </message>
    <message>
        <source>e.g. 24/7 or 08:00–18:00 Beijing</source>
        <translation>例如：全天候，或北京时间08:00–18:00</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Side</source>
        <translation>一方</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>联络人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Hours of duty</source>
        <translation>值班时间</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>New escalation</source>
        <translation>新升级事项</translation>
    </message>
    <message>
        <source>acronym, e.g. MPS</source>
        <translation>简称，如 MPS</translation>
    </message>
    <message>
        <source>request references, separated by commas</source>
        <translation>请求编号，以逗号分隔</translation>
    </message>
    <message>
        <source>Put it on the next open meeting&apos;s agenda</source>
        <translation>列入下一次未举行会议的议程</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>提出方</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>About requests</source>
        <translation>涉及的请求</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Local time of the raising side ({0})</source>
        <translation>提出方当地时间（{0}）</translation>
    </message>
</context>
<context>
    <name>EscalationTableModel</name>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Raised (local time)</source>
        <translation>提出时间（当地）</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>一方</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>About</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>{0} UTC</source>
        <translation>UTC {0}</translation>
    </message>
</context>
<context>
    <name>EscalationTextsDialog</name>
    <message>
        <source>Texts of {0}</source>
        <translation>{0}的文本</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决情况</translation>
    </message>
</context>
<context>
    <name>EscalationsPage</name>
    <message>
        <source>Hotline escalations</source>
        <translation>热线升级事项</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>New escalation…</source>
        <translation>新升级事项…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <source>Put on agenda</source>
        <translation>列入议程</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>仅未决</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>升级事项</translation>
    </message>
    <message>
        <source>Loading escalations… the newest {0} are shown</source>
        <translation>正在载入升级事项…先显示最新的{0}项</translation>
    </message>
    <message>
        <source>The escalations could not be loaded.</source>
        <translation>无法载入升级事项。</translation>
    </message>
    <message>
        <source>{0} escalations · {1} open</source>
        <translation>共{0}项升级事项 · {1}项未决</translation>
    </message>
    <message>
        <source>Raised by {0} on {1} ({2} UTC) · severity {3} · {4}</source>
        <translation>{0}于{1}提出（UTC {2}）· 严重程度{3} · {4}</translation>
    </message>
    <message>
        <source>About: {0}</source>
        <translation>涉及：{0}</translation>
    </message>
    <message>
        <source>Acknowledged on {0} ({1} UTC)</source>
        <translation>确认收到时间：{0}（协调世界时{1}）</translation>
    </message>
    <message>
        <source>by {0}</source>
        <translation>确认人：{0}</translation>
    </message>
    <message>
        <source>Resolution: {0}</source>
        <translation>解决情况：{0}</translation>
    </message>
    <message>
        <source>Resolution (Chinese): {0}</source>
        <translation>解决情况（中文）：{0}</translation>
    </message>
    <message>
        <source>Resolved on {0} ({1} UTC)</source>
        <translation>解决时间：{0}（协调世界时{1}）</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>meeting {0}, item {1}</source>
        <translation>第{0}次会议第{1}项</translation>
    </message>
    <message>
        <source>On the agenda: {0}</source>
        <translation>已列入议程：{0}</translation>
    </message>
    <message>
        <source>Your role may only read the escalations.</source>
        <translation>您的角色只能查看升级事项。</translation>
    </message>
    <message>
        <source>Already on the agenda of meeting {0} as item {1}</source>
        <translation>已列入第{0}次会议议程，为第{1}项</translation>
    </message>
    <message>
        <source>Put it on the next open meeting&apos;s agenda</source>
        <translation>列入下一次未举行会议的议程</translation>
    </message>
    <message>
        <source>{0} updated.</source>
        <translation>{0}已更新。</translation>
    </message>
    <message>
        <source>{0} is on the agenda of meeting {1} as item {2}.</source>
        <translation>{0}已列入第{1}次会议议程，为第{2}项。</translation>
    </message>
    <message>
        <source>{0} logged.</source>
        <translation>已登记{0}。</translation>
    </message>
    <message>
        <source>Texts…</source>
        <translation>文本…</translation>
    </message>
    <message>
        <source>Correct or translate the summary, details and resolution</source>
        <translation>更正或翻译摘要、详情和解决情况</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>确认收到…</translation>
    </message>
    <message>
        <source>{0} acknowledged.</source>
        <translation>已确认收到{0}。</translation>
    </message>
    <message>
        <source>{0} resolved.</source>
        <translation>{0}已解决。</translation>
    </message>
</context>
<context>
    <name>HotlineContactsPanel</name>
    <message>
        <source>Add contact point…</source>
        <translation>添加联络人…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Hotline contact points</source>
        <translation>热线联络人</translation>
    </message>
    <message>
        <source>No contact points yet: add who answers the hotline for each side.</source>
        <translation>尚无联络人：请添加双方负责接听热线的人员。</translation>
    </message>
    <message>
        <source>Contact point {0} of {1} added.</source>
        <translation>已添加{1}方联络人{0}。</translation>
    </message>
    <message>
        <source>Remove contact point</source>
        <translation>移除联络人</translation>
    </message>
    <message>
        <source>Remove {0} from the hotline contact points of {1}?</source>
        <translation>要从{1}方热线联络人中移除{0}吗？</translation>
    </message>
    <message>
        <source>Contact point {0} of {1} removed.</source>
        <translation>已移除{1}方联络人{0}。</translation>
    </message>
</context>
<context>
    <name>HotlineReport</name>
    <message>
        <source>– (times not recorded)</source>
        <translation>–（未记录时间）</translation>
    </message>
    <message>
        <source>– (none due)</source>
        <translation>–（无到期事项）</translation>
    </message>
    <message>
        <source>{0} of {1} ({2} %)</source>
        <translation>{1}项中{0}项（{2}%）</translation>
    </message>
    <message>
        <source>– (none recorded)</source>
        <translation>–（无记录）</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0}小时</translation>
    </message>
    <message>
        <source>{0} (of {1})</source>
        <translation>{0}（共{1}项）</translation>
    </message>
</context>
<context>
    <name>HotlineReportPanel</name>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Raised from</source>
        <translation>提出日期自</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Each row is the side that must respond: it acknowledges and resolves what the other side raised over the hotline. “Within target” counts the escalations answered, or still unanswered after their target; those not yet due and those whose time was not recorded are listed below the table, not counted.</source>
        <translation>每一行为须作出答复的一方：由其确认收到并解决另一方通过热线提出的事项。“在目标时间内”统计已答复的升级事项，以及超过目标时间仍未答复的事项；尚未到期及未记录时间的事项列于表下，不计入统计。</translation>
    </message>
    <message>
        <source>Hotline figures by responding side</source>
        <translation>按答复方统计的热线数据</translation>
    </message>
    <message>
        <source>No escalations in this period.</source>
        <translation>此期间没有升级事项。</translation>
    </message>
    <message>
        <source>Response targets (hours from the moment an escalation is raised)</source>
        <translation>响应目标（自升级事项提出时起算的小时数）</translation>
    </message>
    <message>
        <source>Response targets</source>
        <translation>响应目标</translation>
    </message>
    <message>
        <source>Set a target…</source>
        <translation>设定目标…</translation>
    </message>
    <message>
        <source>{0}: {1} awaiting acknowledgement, {2} awaiting resolution within their targets.</source>
        <translation>{0}：{1}项在目标时间内等待确认收到，{2}项在目标时间内等待解决。</translation>
    </message>
    <message>
        <source>{0}: acknowledgement time not recorded for {1} (logged before the clock was kept).</source>
        <translation>{0}：{1}项未记录确认收到时间（记录于开始计时之前）。</translation>
    </message>
    <message>
        <source>{0}: resolution time not recorded for {1}.</source>
        <translation>{0}：{1}项未记录解决时间。</translation>
    </message>
</context>
<context>
    <name>OpenEscalationsCard</name>
    <message>
        <source>Open escalations</source>
        <translation>未决升级事项</translation>
    </message>
    <message>
        <source>{0} raised by {1}</source>
        <translation>{1}提出{0}项</translation>
    </message>
    <message>
        <source>No open escalations.</source>
        <translation>没有未决的升级事项。</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Resolve escalation</source>
        <translation>解决升级事项</translation>
    </message>
    <message>
        <source>{0} will be marked resolved and leave the open escalations. The resolution is kept with it and appears in the briefing pack.</source>
        <translation>{0}将被标记为已解决，并移出未结升级事项。解决情况随之保存，并列入简报材料。</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>如何解决？</translation>
    </message>
</context>
<context>
    <name>SideFiguresModel</name>
    <message>
        <source>Responding side</source>
        <translation>答复方</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>提出方</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>升级事项</translation>
    </message>
    <message>
        <source>Acknowledged within target</source>
        <translation>在目标时间内确认收到</translation>
    </message>
    <message>
        <source>Resolved within target</source>
        <translation>在目标时间内解决</translation>
    </message>
    <message>
        <source>Median to acknowledge</source>
        <translation>确认收到时间中位数</translation>
    </message>
    <message>
        <source>Median to resolve</source>
        <translation>解决时间中位数</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Response target</source>
        <translation>响应目标</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Hours to acknowledge</source>
        <translation>确认收到时限（小时）</translation>
    </message>
    <message>
        <source>Hours to resolve</source>
        <translation>解决时限（小时）</translation>
    </message>
    <message>
        <source>Acknowledge within</source>
        <translation>确认收到时限</translation>
    </message>
    <message>
        <source>Resolve within</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Acknowledge within (h)</source>
        <translation>确认收到时限（小时）</translation>
    </message>
    <message>
        <source>Resolve within (h)</source>
        <translation>解决时限（小时）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>set for this dialogue</source>
        <translation>本对话设定</translation>
    </message>
</context>
<context>
    <name>_ClockDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Local time of the raising side ({0})</source>
        <translation>提出方当地时间（{0}）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
