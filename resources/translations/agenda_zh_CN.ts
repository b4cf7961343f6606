<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionItemModel</name>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date: write it as YYYY-MM-DD.</source>
        <translation>“{0}”不是日期：请写成 YYYY-MM-DD。</translation>
    </message>
</context>
<context>
    <name>AgendaItemModel</name>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>First raised</source>
        <translation>首次提出</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>顺延</translation>
    </message>
    <message>
        <source>First raised at meeting {0}</source>
        <translation>首次在第{0}次会议提出</translation>
    </message>
    <message>
        <source>Carried over {0} time(s) since meeting {1}</source>
        <translation>自第{1}次会议以来已顺延{0}次</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>新议题…</translation>
    </message>
    <message>
        <source>Add standing items</source>
        <translation>添加常设议题</translation>
    </message>
    <message>
        <source>Close meeting and carry over…</source>
        <translation>关闭会议并顺延…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>议题列表</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Meeting {0} · {1} · {2} · {3}</source>
        <translation>第{0}次会议 · {1} · {2} · {3}</translation>
    </message>
    <message>
        <source>to be recorded</source>
        <translation>待记录</translation>
    </message>
    <message>
        <source>No meetings yet: add one on the Schedule page.</source>
        <translation>尚无会议：请在日程页添加。</translation>
    </message>
    <message>
        <source>{0} items · {1} unresolved · {2} carried over from earlier meetings{3}</source>
        <translation>共{0}项议题 · {1}项未决 · {2}项由以往会议顺延{3}</translation>
    </message>
    <message>
        <source> · closed</source>
        <translation> · 已关闭</translation>
    </message>
    <message>
        <source>this meeting was cancelled with no open meeting after it: move its unresolved items to an open meeting</source>
        <translation>本次会议已取消且之后没有未举行的会议：请将其未决议题移至一次未举行的会议</translation>
    </message>
    <message>
        <source>Meeting {0} ({1}) has passed but is still {2}: record the outcomes of its items, then close it and carry over what is unresolved.</source>
        <translation>第{0}次会议（{1}）已过，但状态仍为“{2}”：请先记录各议题的结果，再关闭会议并顺延未决议题。</translation>
    </message>
    <message>
        <source>Meeting {0} can be closed once it has taken place ({1}).</source>
        <translation>第{0}次会议举行后（{1}）方可关闭。</translation>
    </message>
    <message>
        <source>Meeting {0} closed: {1} item(s) carried over to this meeting.</source>
        <translation>第{0}次会议已关闭：{1}项议题顺延至本次会议。</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>New agenda item for meeting {0}</source>
        <translation>第{0}次会议的新议题</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>无负责方</translation>
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
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
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
        <source>Linked requests</source>
        <translation>关联请求</translation>
    </message>
    <message>
        <source>Briefing note</source>
        <translation>简报说明</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Briefing note</source>
        <translation>简报说明</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Save texts</source>
        <translation>保存文字</translation>
    </message>
    <message>
        <source>Heading of the item</source>
        <translation>议题标题</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>已讨论</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Resolve with the outcome written above</source>
        <translation>以上方填写的结果解决</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <source>Meeting to move or copy the item to</source>
        <translation>议题移动或复制到的会议</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>To meeting</source>
        <translation>移至会议</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>行动事项</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>新行动事项</translation>
    </message>
    <message>
        <source>New action item…</source>
        <translation>新行动事项…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Lead speaker</source>
        <translation>主讲人</translation>
    </message>
    <message>
        <source>Time slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Give the item a day, a start time and a length in the running order</source>
        <translation>在议程顺序中为该议题指定日期、开始时间和时长</translation>
    </message>
    <message>
        <source>Day of the meeting</source>
        <translation>会议第几天</translation>
    </message>
    <message>
        <source>Day </source>
        <translation>第</translation>
    </message>
    <message>
        <source>Start time (local)</source>
        <translation>开始时间（当地）</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Save slot</source>
        <translation>保存时段</translation>
    </message>
    <message>
        <source>Save the lead speaker and the time slot</source>
        <translation>保存主讲人和时段</translation>
    </message>
    <message>
        <source>No lead speaker</source>
        <translation>无主讲人</translation>
    </message>
    <message>
        <source>{0} — {1} {2}</source>
        <translation>{0} — {1} {2}</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>未选择议题</translation>
    </message>
    <message>
        <source>Choose an item of the agenda.</source>
        <translation>请选择一项议题。</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>无负责方</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <source>withdrawn: {0}</source>
        <translation>已撤回：{0}</translation>
    </message>
    <message>
        <source>Linked: {0}</source>
        <translation>关联：{0}</translation>
    </message>
    <message>
        <source>First raised at meeting {0}; not carried over.</source>
        <translation>首次在第{0}次会议提出；未顺延。</translation>
    </message>
    <message>
        <source>meeting {0}: {1}</source>
        <translation>第{0}次会议：{1}</translation>
    </message>
    <message>
        <source>meeting {0}: now</source>
        <translation>第{0}次会议：当前</translation>
    </message>
    <message>
        <source>First raised at meeting {0}, carried over {1} time(s):</source>
        <translation>首次在第{0}次会议提出，已顺延{1}次：</translation>
    </message>
    <message>
        <source>The agenda item “{0}”</source>
        <translation>议题“{0}”</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this item meanwhile. Your text is still here; save again to compare and choose.</source>
        <translation>未保存：在您编辑期间，其他人修改了此议题。您输入的文字仍在此处；请再次保存以进行比较和选择。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Save the title, briefing note and outcome, in English and Chinese</source>
        <translation>保存标题、简报说明和结果（中英文）</translation>
    </message>
    <message>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <source>Chinese briefing note</source>
        <translation>中文简报说明</translation>
    </message>
    <message>
        <source>Chinese outcome</source>
        <translation>中文结果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason withdrawn</source>
        <translation>撤回原因</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Withdraw item</source>
        <translation>撤回议题</translation>
    </message>
    <message>
        <source>“{0}” will leave the agenda of meeting {1}: it will not be discussed or carried over. The reason is kept with the item, and it can be reopened.</source>
        <translation>“{0}”将从第{1}次会议的议程中撤下：不再讨论，也不会顺延。撤回原因随议题保存，议题可重新开启。</translation>
    </message>
    <message>
        <source>Why is this item withdrawn?</source>
        <translation>为何撤回此议题？</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>The action item “{0}”</source>
        <translation>行动项“{0}”</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this action item meanwhile. Edit the cell again to compare and choose.</source>
        <translation>未保存：其他人同时修改了此行动项。请再次编辑该单元格以比较并选择。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成日期</translation>
    </message>
</context>
</TS>
