<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BlackoutTableModel</name>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方别</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>both</source>
        <translation>双方</translation>
    </message>
</context>
<context>
    <name>BlackoutsDialog</name>
    <message>
        <source>Blackout periods</source>
        <translation>禁排期</translation>
    </message>
    <message>
        <source>Proposals never fall on these days, nor on the travel days before them.</source>
        <translation>建议日期不会落在这些日子，也不会落在其前的旅行日。</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方别</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>双方</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reason, e.g. G20 summit</source>
        <translation>原因，例如二十国集团峰会</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{0} to {1}: {2}</source>
        <translation>{0}至{1}：{2}</translation>
    </message>
    <message>
        <source>Remove blackouts</source>
        <translation>删除禁排期</translation>
    </message>
    <message>
        <source>Remove these blackout periods? Proposed dates may fall on them again.

{0}</source>
        <translation>删除以下禁排期？今后建议的日期可能再次落在这些日子。

{0}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>DelegationModel</name>
    <message>
        <source>Co-chair</source>
        <translation>共同主席</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>团长</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>记录员</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>一方</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Absent, represented by {0}</source>
        <translation>缺席，由{0}代表</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
</context>
<context>
    <name>DelegationTab</name>
    <message>
        <source>Changes to the delegation are saved at once, apart from the meeting&apos;s own Save.</source>
        <translation>代表团的更改会立即保存，与会议本身的“保存”无关。</translation>
    </message>
    <message>
        <source>Add a delegate</source>
        <translation>添加代表</translation>
    </message>
    <message>
        <source>Type a name, email or id</source>
        <translation>输入姓名、电子邮件或编号</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Selected member</source>
        <translation>所选成员</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>应用更改</translation>
    </message>
    <message>
        <source>Remove from delegation</source>
        <translation>移出代表团</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>代表人</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Save the meeting first, then name its delegation here.</source>
        <translation>请先保存会议，再在此确定代表团。</translation>
    </message>
    <message>
        <source>No delegates named yet.</source>
        <translation>尚未确定代表。</translation>
    </message>
    <message>
        <source>{0}: {1} delegates</source>
        <translation>{0}：{1}名代表</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Remove {0} ({1} {2}) from the delegation of meeting {3}? The change is saved at once and the briefing pack no longer lists them.</source>
        <translation>将{0}（{1} {2}）移出第{3}次会议的代表团？此更改立即保存，简报材料中将不再列出此人。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移出</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <extracomment>The pack&apos;s texts of a meeting, each in English and in Chinese (the service&apos;s names); venue is a line.</extracomment>
        <translation>会议</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Dates (local)</source>
        <translation>日期（当地）</translation>
    </message>
    <message>
        <source>Set times</source>
        <translation>设定时间</translation>
    </message>
    <message>
        <source>Times (local)</source>
        <translation>时间（当地）</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>东道方</translation>
    </message>
    <message>
        <source>e.g. Washington</source>
        <translation>例如 华盛顿</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Local times</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>Venue and logistics</source>
        <translation>会场与后勤</translation>
    </message>
    <message>
        <source>e.g. 华盛顿</source>
        <translation>例如：华盛顿</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>This meeting was held: changes are saved as its actual dates, host and city. Planned: {0}, {1} ({2}).</source>
        <translation>本次会议已举行：修改将保存为实际日期、东道方和城市。原计划：{0}，{1}（{2}）。</translation>
    </message>
    <message>
        <source>Automatic ({0})</source>
        <translation>自动（{0}）</translation>
    </message>
    <message>
        <source>Set times to see them in both sides&apos; time zones.</source>
        <translation>设定时间后即可查看双方时区的时间。</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>{0}: blackout, {1}</source>
        <translation>{0}：禁排期，{1}</translation>
    </message>
    <message>
        <source>{0}: {1} ({2})</source>
        <translation>{0}：{1}（{2}）</translation>
    </message>
    <message>
        <source>Every day is a working day on both sides.</source>
        <translation>每一天都是双方的工作日。</translation>
    </message>
    <message>
        <source>{0} holidays for {1} are estimates: not announced yet.</source>
        <translation>{0} {1} 年的节假日为估计值：尚未公布。</translation>
    </message>
    <message>
        <source>Not a working day</source>
        <translation>非工作日</translation>
    </message>
    <message>
        <source>The meeting would fall on a day that is not a working day:

{0}

The schedule check will show it at risk until it moves. Save it on these dates anyway?</source>
        <translation>会议将落在非工作日：

{0}

在改期之前，日程检查会将其显示为“有风险”。仍按这些日期保存？</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Change the dates</source>
        <translation>修改日期</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this meeting meanwhile. Save again to compare and choose.</source>
        <translation>未保存：在您编辑期间，其他人修改了此会议。请再次保存以进行比较和选择。</translation>
    </message>
    <message>
        <source>The {0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>First day (planned)</source>
        <translation>首日（计划）</translation>
    </message>
    <message>
        <source>Last day (planned)</source>
        <translation>末日（计划）</translation>
    </message>
    <message>
        <source>First day (held)</source>
        <translation>首日（实际）</translation>
    </message>
    <message>
        <source>Last day (held)</source>
        <translation>末日（实际）</translation>
    </message>
    <message>
        <source>Host (planned)</source>
        <translation>主办方（计划）</translation>
    </message>
    <message>
        <source>Host (held)</source>
        <translation>主办方（实际）</translation>
    </message>
    <message>
        <source>City (planned)</source>
        <translation>城市（计划）</translation>
    </message>
    <message>
        <source>City (held)</source>
        <translation>城市（实际）</translation>
    </message>
    <message>
        <source>City in Chinese (planned)</source>
        <translation>城市中文名（计划）</translation>
    </message>
    <message>
        <source>City in Chinese (held)</source>
        <translation>城市中文名（实际）</translation>
    </message>
    <message>
        <source>Venue (Chinese)</source>
        <translation>会场（中文）</translation>
    </message>
    <message>
        <source>Address (Chinese)</source>
        <translation>地址（中文）</translation>
    </message>
    <message>
        <source>Notes (Chinese)</source>
        <translation>备注（中文）</translation>
    </message>
    <message>
        <source>Logistics (Chinese)</source>
        <translation>后勤安排（中文）</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Window chosen by hand</source>
        <translation>手动指定的时段</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>后勤安排</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>No.</source>
        <extracomment>Role giving the meeting&apos;s number.</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>东道方</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Local times</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <source>Planned: {0}, {1} ({2})</source>
        <translation>原计划：{0}，{1}（{2}）</translation>
    </message>
    <message>
        <source>to be recorded</source>
        <translation>待记录</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>非工作日</translation>
    </message>
</context>
<context>
    <name>NextMeetingCard</name>
    <message>
        <source>Next meeting</source>
        <translation>下次会议</translation>
    </message>
    <message>
        <source>No meeting planned. Use Propose dates on the Schedule page.</source>
        <translation>尚未安排会议。请在“日程”页面使用“建议日期”。</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} ({3}) · {4}</source>
        <translation>{0} · {1} · {2}（{3}） · {4}</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>in {0} h {1} min</source>
        <translation>还有 {0} 小时 {1} 分钟</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>in {0} days</source>
        <translation>还有 {0} 天</translation>
    </message>
</context>
<context>
    <name>PageAttention</name>
    <message>
        <source>Mark meeting {0} held…</source>
        <translation>将第{0}次会议标记为已举行…</translation>
    </message>
    <message>
        <source>Edit meeting {0}…</source>
        <translation>编辑第{0}次会议…</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>Window</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Proposed date</source>
        <translation>建议日期</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>东道方</translation>
    </message>
    <message>
        <source>Alternates</source>
        <translation>备选日期</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>no date works</source>
        <translation>无可用日期</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估计</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>已公布</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <source>Propose dates</source>
        <translation>建议日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>时段数</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>生成建议</translation>
    </message>
    <message>
        <source>Travel days</source>
        <translation>旅行日</translation>
    </message>
    <message>
        <source>Minimum spacing (days)</source>
        <translation>最短间隔（天）</translation>
    </message>
    <message>
        <source>Preferred position</source>
        <translation>首选位置</translation>
    </message>
    <message>
        <source>Length (days)</source>
        <translation>会期（天）</translation>
    </message>
    <message>
        <source>Save as defaults</source>
        <translation>保存为默认值</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>建议日期</translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation>选择此日期的理由</translation>
    </message>
    <message>
        <source>Date to use</source>
        <translation>采用日期</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>创建会议</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Saved as the dialogue&apos;s scheduling defaults.</source>
        <translation>已保存为本对话的排期默认值。</translation>
    </message>
    <message>
        <source>{0}: host {1}</source>
        <translation>{0}：东道方 {1}</translation>
    </message>
    <message>
        <source>{0} (proposed)</source>
        <translation>{0}（建议）</translation>
    </message>
    <message>
        <source>{0} (alternate)</source>
        <translation>{0}（备选）</translation>
    </message>
    <message>
        <source>Created the {0}: {1} in {2} ({3}).</source>
        <translation>已创建{0}：{1}，{2}（{3}）。</translation>
    </message>
</context>
<context>
    <name>ScheduleAlerts</name>
    <message>
        <source>Record meeting {0}…</source>
        <translation>记录第{0}次会议…</translation>
    </message>
    <message>
        <source>Open meeting {0}</source>
        <translation>打开第{0}次会议</translation>
    </message>
</context>
<context>
    <name>ScheduleAttention</name>
    <message>
        <source>{0} blackout: {1}</source>
        <translation>{0} 禁排期：{1}</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>{0} {1} ({2})</source>
        <translation>{0} {1}（{2}）</translation>
    </message>
    <message>
        <source>Meeting {0} ({1}) has passed but is still {2}: record what happened and carry over its open items.</source>
        <translation>第{0}次会议（{1}）已过，但状态仍为“{2}”：请记录会议情况并顺延其未决议题。</translation>
    </message>
    <message>
        <source>Meeting {0} ({1}) falls on a day that is not a working day: {2}. Move it to a working day of both sides.</source>
        <translation>第{0}次会议（{1}）落在非工作日：{2}。请改到双方均为工作日的日期。</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Activities:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>新建会议…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Mark held…</source>
        <translation>标记为已举行…</translation>
    </message>
    <message>
        <source>Postpone…</source>
        <translation>推迟…</translation>
    </message>
    <message>
        <source>Cancel meeting…</source>
        <translation>取消会议…</translation>
    </message>
    <message>
        <source>Propose dates…</source>
        <translation>建议日期…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Blackouts…</source>
        <translation>禁排期…</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>导出日历…</translation>
    </message>
    <message>
        <source>Correct held status…</source>
        <translation>更正“已举行”状态…</translation>
    </message>
    <message>
        <source>Delete meeting…</source>
        <translation>删除会议…</translation>
    </message>
    <message>
        <source>Timeline of the half-year windows</source>
        <translation>半年期时间轴</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <source>not yet met</source>
        <translation>尚未履行</translation>
    </message>
    <message>
        <source>First-meeting deadline {0}: {1}</source>
        <translation>首次会议期限 {0}：{1}</translation>
    </message>
    <message>
        <source>{0} windows met, {1} missed, {2} scheduled, {3} at risk</source>
        <translation>{0} 个时段已履行，{1} 个错过，{2} 个已安排，{3} 个有风险</translation>
    </message>
    <message>
        <source>The {0} was changed at another workstation; it is shown as it is now.</source>
        <translation>{0}已在另一台工作站上被修改；现显示其最新内容。</translation>
    </message>
    <message>
        <source>The {0} is now {1}.</source>
        <translation>{0}现为{1}。</translation>
    </message>
    <message>
        <source>Changed at another workstation</source>
        <translation>已在另一台工作站上修改</translation>
    </message>
    <message>
        <source>Someone changed the {0} after this page showed it. It is now {1}, {2}, in {3}.

Make it {4} as it is now?</source>
        <translation>本页显示{0}之后，有人修改了它。现在的状态为{1}，日期 {2}，地点{3}。

是否按当前内容将其设为{4}？</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <source>Delete the {0} ({1}, {2})? Only a meeting added by mistake is deleted, and only while no agenda item, delegation or pack refers to it; otherwise cancel it.</source>
        <translation>删除{0}（{1}，{2}）？只有误加的会议才能删除，且须没有议程项目、代表团或简报包引用它；否则请取消该会议。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The {0} was deleted.</source>
        <translation>{0}已删除。</translation>
    </message>
    <message>
        <source>Correct held status</source>
        <translation>更正“已举行”状态</translation>
    </message>
    <message>
        <source>The {0} is recorded as held. If it did not take place as recorded, give the status it has and say why: the reason goes into the audit. Items already carried over stay where they are.</source>
        <translation>{0}被记录为已举行。如果它并未如记录那样举行，请选择它的实际状态并说明原因：原因将记入审计日志。已结转的项目保持不变。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Corrected status</source>
        <translation>更正后的状态</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <source>Calendar written to {0}.</source>
        <translation>日历已写入 {0}。</translation>
    </message>
</context>
<context>
    <name>ScheduleWords</name>
    <message>
        <source>planned</source>
        <extracomment>Colours of window statuses on the timeline and in the legend. Colours of meeting statuses (markers on the timeline, the status column).</extracomment>
        <translation>已计划</translation>
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
    <message>
        <source>met</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开头</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>中间</translation>
    </message>
    <message>
        <source>end</source>
        <translation>末尾</translation>
    </message>
    <message>
        <source>{0} meeting</source>
        <translation>第{1}次会议</translation>
    </message>
    <message>
        <source>Tabletop exercise</source>
        <extracomment>Colours of the activities between meetings on the timeline, by kind.</extracomment>
        <translation>桌面演练</translation>
    </message>
    <message>
        <source>Expert seminar</source>
        <translation>专家研讨会</translation>
    </message>
    <message>
        <source>Hotline test</source>
        <translation>热线测试</translation>
    </message>
    <message>
        <source>Working-level call</source>
        <translation>工作层通话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>T</source>
        <translation>演</translation>
    </message>
    <message>
        <source>S</source>
        <translation>研</translation>
    </message>
    <message>
        <source>H</source>
        <translation>热</translation>
    </message>
    <message>
        <source>C</source>
        <translation>话</translation>
    </message>
    <message>
        <source>V</source>
        <translation>访</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Place: {0}</source>
        <translation>地点：{0}</translation>
    </message>
    <message>
        <source>Double-click to open it.</source>
        <translation>双击打开。</translation>
    </message>
    <message>
        <source>{0}: {1}, {2} ({3}), {4}, window {5}</source>
        <translation>{0}：{1}，{2}（{3}），{4}，时段 {5}</translation>
    </message>
    <message>
        <source>{0}: not yet judged</source>
        <translation>{0}：尚未评定</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
</context>
</TS>
