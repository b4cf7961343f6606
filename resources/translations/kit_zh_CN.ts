<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BilingualTexts</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>The Chinese text is there</source>
        <translation>中文已填写</translation>
    </message>
    <message>
        <source>Chinese missing: the Chinese pack prints the English, marked untranslated</source>
        <translation>缺少中文：中文简报材料将印出英文并标注未翻译</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Items that move</source>
        <translation>将移动的议题</translation>
    </message>
    <message>
        <source>No item moves.</source>
        <translation>没有议题移动。</translation>
    </message>
    <message>
        <source>{0} (carried {1}×)</source>
        <translation>{0}（顺延{1}次）</translation>
    </message>
    <message>
        <source>Standing items are marked discussed; the next meeting has its own.</source>
        <translation>常设议题标记为已讨论；下次会议有自己的常设议题。</translation>
    </message>
    <message>
        <source>Close meeting {0}</source>
        <translation>关闭第{0}次会议</translation>
    </message>
    <message>
        <source>Close and carry over</source>
        <translation>关闭并顺延</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Mark meeting {0} held</source>
        <translation>将第{0}次会议标记为已举行</translation>
    </message>
    <message>
        <source>Mark held and carry over</source>
        <translation>标记为已举行并顺延</translation>
    </message>
    <message>
        <source>Cancel meeting {0}</source>
        <translation>取消第{0}次会议</translation>
    </message>
    <message>
        <source>Cancel the meeting</source>
        <translation>取消会议</translation>
    </message>
    <message>
        <source>Keep the meeting</source>
        <translation>保留会议</translation>
    </message>
    <message>
        <source>Postpone meeting {0}</source>
        <translation>推迟第{0}次会议</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source>Meeting {0} will be marked held and closed.</source>
        <translation>第{0}次会议将标记为已举行并关闭。</translation>
    </message>
    <message>
        <source>Meeting {0} will be closed.</source>
        <translation>第{0}次会议将关闭。</translation>
    </message>
    <message>
        <source>{0} unresolved item(s) will be carried over to meeting {1}:</source>
        <translation>{0}项未决议题将顺延至第{1}次会议：</translation>
    </message>
    <message>
        <source>Every item is resolved or withdrawn: nothing will be carried over.</source>
        <translation>所有议题均已解决或撤回：没有需要顺延的议题。</translation>
    </message>
    <message>
        <source>Meeting {0} will be cancelled; it keeps its number.</source>
        <translation>第{0}次会议将被取消，其编号保留。</translation>
    </message>
    <message>
        <source>{0} unresolved item(s) will move to the agenda of meeting {1}:</source>
        <translation>{0}项未决议题将移至第{1}次会议的议程：</translation>
    </message>
    <message>
        <source>{0} unresolved item(s) will stay on its agenda, because no open meeting follows it: move them once the next meeting is planned.</source>
        <translation>{0}项未决议题将留在该会议的议程上，因为其后没有未举行的会议：请在安排下次会议后将其移走。</translation>
    </message>
    <message>
        <source>No unresolved item is on its agenda: nothing moves.</source>
        <translation>议程上没有未决议题：无需移动。</translation>
    </message>
    <message>
        <source>Meeting {0} will be postponed: give it new dates once they are agreed.</source>
        <translation>第{0}次会议将推迟：商定新日期后请填写。</translation>
    </message>
    <message>
        <source>{0} item(s) carried over to it will move on to meeting {1}:</source>
        <translation>顺延至该会议的{0}项议题将继续移至第{1}次会议：</translation>
    </message>
    <message>
        <source>Its own agenda stays with it.</source>
        <translation>该会议自己的议程保持不变。</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this record</source>
        <translation>他人已更改此记录</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>此记录</translation>
    </message>
    <message>
        <source>{0} was saved by someone else while you were editing it. Their values are shown beside yours; nothing has been saved yet.</source>
        <translation>在您编辑期间，{0}已被他人保存。对方的值显示在您的值旁边；目前尚未保存任何内容。</translation>
    </message>
    <message>
        <source>Fields you both changed are marked in red: merging is not possible for them.</source>
        <translation>双方都更改过的字段以红色标出：这些字段无法合并。</translation>
    </message>
    <message>
        <source>Their values and yours</source>
        <translation>对方的值与您的值</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <source>Discard your changes and show their version.</source>
        <translation>放弃您的更改，显示对方的版本。</translation>
    </message>
    <message>
        <source>Apply mine on top</source>
        <translation>以我的更改覆盖</translation>
    </message>
    <message>
        <source>Save your changes over theirs; the overwrite is recorded in the audit trail.</source>
        <translation>用您的更改覆盖对方的更改；此次覆盖将记入审计记录。</translation>
    </message>
    <message>
        <source>Merge field by field</source>
        <translation>逐字段合并</translation>
    </message>
    <message>
        <source>Keep their changes and add yours.</source>
        <translation>保留对方的更改并加入您的更改。</translation>
    </message>
    <message>
        <source>Not possible: you both changed {0}.</source>
        <translation>无法合并：双方都更改了{0}。</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>Go back to your edit without saving.</source>
        <translation>返回编辑，不保存。</translation>
    </message>
    <message>
        <source>Overwrite their changes?</source>
        <translation>覆盖对方的更改？</translation>
    </message>
    <message>
        <source>Your values replace what someone else saved in: {0}. The overwrite is recorded in the audit trail with their values.</source>
        <translation>您的值将替换他人在以下字段中保存的内容：{0}。此次覆盖连同对方的值将记入审计记录。</translation>
    </message>
</context>
<context>
    <name>ConflictFieldsModel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>您打开时</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>他人保存的</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Both of you changed this field.</source>
        <translation>双方都更改了此字段。</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>“{0}” is not a date: write it as YYYY-MM-DD, e.g. 2016-06-14.</source>
        <translation>“{0}”不是日期：请按 YYYY-MM-DD 格式填写，例如 2016-06-14。</translation>
    </message>
    <message>
        <source>“{0}” is not a date: there is no year 0.</source>
        <translation>“{0}”不是日期：没有 0 年。</translation>
    </message>
    <message>
        <source>“{0}” is not a date: there is no month {1}.</source>
        <translation>“{0}”不是日期：没有 {1} 月。</translation>
    </message>
    <message>
        <source>“{0}” is not a date: {1:04d}-{2:02d} has {3} days.</source>
        <translation>“{0}”不是日期：{1:04d}-{2:02d} 只有 {3} 天。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Pick from the calendar</source>
        <translation>从日历中选择</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD, or pick it from the calendar (Alt+↓).</source>
        <translation>按 YYYY-MM-DD 格式输入日期，或从日历中选择（Alt+↓）。</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>only for {0}</source>
        <translation>仅限{0}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Only for</source>
        <translation>仅限</translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>附带文件</translation>
    </message>
    <message>
        <source>No documents attached</source>
        <translation>尚未附带文件</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>附加…</translation>
    </message>
    <message>
        <source>Attach a file (PDF or other, at most {0}); it is stored in the database</source>
        <translation>附加一个文件（PDF或其他格式，最大{0}）；文件保存在数据库中</translation>
    </message>
    <message>
        <source>Our side only</source>
        <translation>仅限我方</translation>
    </message>
    <message>
        <source>The next file attached is never printed in a briefing pack for the other side</source>
        <translation>接下来附加的文件绝不会印入给对方的会议简报</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Documents ({0})</source>
        <translation>文件（{0}）</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF文件 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>将文件另存为</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Remove {0} from this record? Its name and checksum stay in the history.</source>
        <translation>从此记录中移除{0}？其名称和校验值仍保留在历史记录中。</translation>
    </message>
</context>
<context>
    <name>EmptyText</name>
    <message>
        <source>Nothing matches the search or filter.</source>
        <translation>没有符合搜索或筛选条件的内容。</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>暂无内容。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SaveCancelFooter</name>
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
        <source>clock paused</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <source>clock resumed</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>due date extended</source>
        <translation>截止日期延长</translation>
    </message>
    <message>
        <source>result</source>
        <translation>结果</translation>
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
