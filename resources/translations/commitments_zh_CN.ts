<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>The last day, for an activity of more than one day</source>
        <translation>最后一天（用于持续多天的活动）</translation>
    </message>
    <message>
        <source>Find a delegate by name or agency</source>
        <translation>按姓名或机构查找代表</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Find participants</source>
        <translation>查找参加人员</translation>
    </message>
    <message>
        <source>Summary (English)</source>
        <translation>摘要（英文）</translation>
    </message>
    <message>
        <source>Summary (Chinese)</source>
        <translation>摘要（中文）</translation>
    </message>
    <message>
        <source>Give the first day of the activity.</source>
        <translation>请填写活动的第一天。</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>负责方</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
</context>
<context>
    <name>CommitmentWords</name>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
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
        <source>tabletop exercise</source>
        <translation>桌面推演</translation>
    </message>
    <message>
        <source>expert seminar</source>
        <translation>专家研讨会</translation>
    </message>
    <message>
        <source>hotline test</source>
        <translation>热线测试</translation>
    </message>
    <message>
        <source>working-level call</source>
        <translation>工作层通话</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>访问</translation>
    </message>
</context>
<context>
    <name>CommitmentsCard</name>
    <message>
        <source>Overdue commitments</source>
        <translation>逾期承诺事项</translation>
    </message>
    <message>
        <source>Meeting {0}</source>
        <translation>第 {0} 次会议</translation>
    </message>
    <message>
        <source>{0} {1} — {2}, {3}</source>
        <translation>{0} {1} — {2}，{3}</translation>
    </message>
    <message>
        <source>Due within {0} days:</source>
        <translation>{0} 天内到期：</translation>
    </message>
    <message>
        <source>{0} days overdue</source>
        <translation>逾期 {0} 天</translation>
    </message>
    <message>
        <source>and {0} more overdue</source>
        <translation>另有 {0} 项逾期</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>due {0} (in {1} days)</source>
        <translation>{0} 到期（还有 {1} 天）</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>Commitments and activities</source>
        <translation>承诺事项与活动</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Search text, agency, person, notes…</source>
        <translation>搜索内容、机构、负责人、备注…</translation>
    </message>
    <message>
        <source>Search commitments</source>
        <translation>搜索承诺事项</translation>
    </message>
    <message>
        <source>New commitment…</source>
        <translation>新建承诺事项…</translation>
    </message>
    <message>
        <source>Update…</source>
        <translation>更新…</translation>
    </message>
    <message>
        <source>Change the status or the due date, add a note or the evidence</source>
        <translation>更改状态或截止日期，添加备注或完成证明</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>仅未完成</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <source>Owner side</source>
        <translation>负责方</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>双方</translation>
    </message>
    <message>
        <source>No commitments yet: record what a meeting left each side to do with New commitment.</source>
        <translation>尚无承诺事项：用“新建承诺事项”记录会议留给各方的工作。</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Exercises, seminars, hotline tests, calls and visits between meetings.</source>
        <translation>两次会议之间的推演、研讨会、热线测试、通话和访问。</translation>
    </message>
    <message>
        <source>No activities yet: record an exercise, a seminar or a call between meetings with New activity.</source>
        <translation>尚无活动：用“新建活动”记录两次会议之间的推演、研讨会或通话。</translation>
    </message>
    <message>
        <source>Edit the selected activity</source>
        <translation>编辑所选活动</translation>
    </message>
    <message>
        <source>{0} commitments · {1} open · {2} overdue · {3} activities</source>
        <translation>{0} 项承诺事项 · {1} 项未完成 · {2} 项逾期 · {3} 项活动</translation>
    </message>
    <message>
        <source>Select a commitment to see its notes and evidence.</source>
        <translation>选择一项承诺事项以查看其备注和完成证明。</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Meeting {0} · owner {1} · due {2} · {3}</source>
        <translation>第 {0} 次会议 · 负责方 {1} · {2} 到期 · {3}</translation>
    </message>
    <message>
        <source>{0} days overdue</source>
        <translation>逾期 {0} 天</translation>
    </message>
    <message>
        <source>Done on {0}</source>
        <translation>{0} 完成</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>完成证明：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Select an activity to see who took part and its summary.</source>
        <translation>选择一项活动以查看参加人员和摘要。</translation>
    </message>
    <message>
        <source>Participants: {0}</source>
        <translation>参加人员：{0}</translation>
    </message>
    <message>
        <source>Linked commitments: {0}</source>
        <translation>相关承诺事项：{0}</translation>
    </message>
    <message>
        <source>Commitment {0} of meeting {1} recorded.</source>
        <translation>已记录第 {1} 次会议的承诺事项 {0}。</translation>
    </message>
    <message>
        <source>Commitment {0} is {1}.</source>
        <translation>承诺事项 {0}：{1}。</translation>
    </message>
    <message>
        <source>Activity {0} saved: {1} on {2}.</source>
        <translation>已保存活动 {0}：{2} {1}。</translation>
    </message>
</context>
<context>
    <name>NewCommitmentDialog</name>
    <message>
        <source>New commitment</source>
        <translation>新建承诺事项</translation>
    </message>
    <message>
        <source>Meeting {0} ({1})</source>
        <translation>第 {0} 次会议（{1}）</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Commitment (English)</source>
        <translation>承诺事项（英文）</translation>
    </message>
    <message>
        <source>Commitment (Chinese)</source>
        <translation>承诺事项（中文）</translation>
    </message>
    <message>
        <source>Owner side</source>
        <translation>负责方</translation>
    </message>
    <message>
        <source>Owner agency</source>
        <translation>负责机构</translation>
    </message>
    <message>
        <source>Owner person</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项目</translation>
    </message>
    <message>
        <source>No agency named</source>
        <translation>未指定机构</translation>
    </message>
    <message>
        <source>No person named</source>
        <translation>未指定负责人</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>无议程项目</translation>
    </message>
    <message>
        <source>There is no meeting to record a commitment of: add the meeting first.</source>
        <translation>没有可记录承诺事项的会议：请先添加会议。</translation>
    </message>
    <message>
        <source>Give the due date: the day the commitment is to be done by.</source>
        <translation>请填写截止日期：承诺事项须完成的日期。</translation>
    </message>
</context>
<context>
    <name>UpdateCommitmentDialog</name>
    <message>
        <source>Update commitment {0}</source>
        <translation>更新承诺事项 {0}</translation>
    </message>
    <message>
        <source>Meeting {0} · {1}</source>
        <translation>第 {0} 次会议 · {1}</translation>
    </message>
    <message>
        <source>Progress since the last note (kept with today&apos;s date)</source>
        <translation>上次备注以来的进展（按今天的日期保存）</translation>
    </message>
    <message>
        <source>What shows it was done, e.g. the letter that delivered the data</source>
        <translation>证明已完成的材料，例如提交数据的信函</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Earlier notes</source>
        <translation>以前的备注</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新备注</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>完成证明</translation>
    </message>
    <message>
        <source>Marking it done needs evidence or a note.</source>
        <translation>标记为已完成需要完成证明或备注。</translation>
    </message>
    <message>
        <source>Nothing to save: change the status or the due date, or write a note or evidence.</source>
        <translation>没有可保存的内容：请更改状态或截止日期，或填写备注或完成证明。</translation>
    </message>
</context>
</TS>
