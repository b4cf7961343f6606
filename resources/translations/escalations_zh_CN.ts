<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>EscalationsPage</name>
    <message>
        <source>Hotline escalations</source>
        <translation>热线升级事项</translation>
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
        <source>Acknowledge</source>
        <translation>确认收到</translation>
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
        <source>Resolution: {0}</source>
        <translation>解决情况：{0}</translation>
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
        <source>Already on the agenda of meeting {0} as item {1}</source>
        <translation>已列入第{0}次会议议程，为第{1}项</translation>
    </message>
    <message>
        <source>Put it on the next open meeting&apos;s agenda</source>
        <translation>列入下一次未举行会议的议程</translation>
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
        <source>{0} acknowledged.</source>
        <translation>已确认收到{0}。</translation>
    </message>
    <message>
        <source>Resolve escalation</source>
        <translation>解决升级事项</translation>
    </message>
    <message>
        <source>{0} will be marked resolved and leave the open escalations. The resolution is kept with it and appears in the briefing pack.</source>
        <translation>{0}将标记为已解决，不再列于未决升级事项中。解决情况随之保存，并列入简报材料。</translation>
    </message>
    <message>
        <source>How was {0} resolved?</source>
        <translation>{0}是如何解决的？</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>{0} resolved.</source>
        <translation>{0}已解决。</translation>
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
</TS>
