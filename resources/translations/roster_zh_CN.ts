<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgencyEditor</name>
    <message>
        <source>Edit agency</source>
        <translation>编辑机构</translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation>添加机构</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方</translation>
    </message>
    <message>
        <source>{code} · {name_en}</source>
        <translation>{code} · {name_zh}</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>上级机构</translation>
    </message>
    <message>
        <source>Role in the dialogue</source>
        <translation>在对话中的角色</translation>
    </message>
    <message>
        <source>No particular role</source>
        <translation>无特定角色</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>Co-chair</source>
        <translation>共同主席</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参加方</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>None (a top-level agency)</source>
        <translation>无（顶级机构）</translation>
    </message>
    <message>
        <source>{acronym} — {name_en}</source>
        <translation>{acronym} — {name_zh}</translation>
    </message>
</context>
<context>
    <name>AgencyTreeModel</name>
    <message>
        <source>Agencies</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>All delegates</source>
        <translation>全部代表</translation>
    </message>
    <message>
        <source>{acronym} — {name_en}</source>
        <translation>{acronym} — {name_zh}</translation>
    </message>
    <message>
        <source>{name_en} · {code}</source>
        <translation>{name_zh} · {code}</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销本次导入</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>正在导入 {0}</translation>
    </message>
    <message>
        <source>Nothing was imported: {0} rows are invalid.</source>
        <translation>未导入任何内容：有 {0} 行无效。</translation>
    </message>
    <message>
        <source>Nothing to change: the roster already matches the file.</source>
        <translation>无需更改：名册已与文件一致。</translation>
    </message>
    <message>
        <source>Imported {0}: {1} new, {2} changed, {3} unchanged, {4} deactivated, {5} invalid rows skipped.</source>
        <translation>已导入 {0}：新增 {1}，更改 {2}，未变 {3}，停用 {4}，跳过无效行 {5}。</translation>
    </message>
    <message>
        <source>Agencies created: {0}.</source>
        <translation>已创建的机构：{0}。</translation>
    </message>
    <message>
        <source>Someone changed the roster after the preview; these are the changes made.</source>
        <translation>预览之后有人修改了名册；以上为实际做出的更改。</translation>
    </message>
    <message>
        <source>Show the audit entries of this import</source>
        <translation>查看本次导入的审计记录</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>正在撤销导入</translation>
    </message>
    <message>
        <source>The import was undone: {0} delegates removed, {1} restored.</source>
        <translation>导入已撤销：移除 {0} 名代表，恢复 {1} 名。</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit entries of the import</source>
        <translation>导入的审计记录</translation>
    </message>
</context>
<context>
    <name>DelegateEditor</name>
    <message>
        <source>Edit delegate</source>
        <translation>编辑代表</translation>
    </message>
    <message>
        <source>Add delegate</source>
        <translation>添加代表</translation>
    </message>
    <message>
        <source>{side} · {acronym} — {name_en}</source>
        <translation>{side} · {acronym} — {name_zh}</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Native name (中文)</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>职务（中文）</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在任</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this delegate meanwhile. Save again to compare and choose.</source>
        <translation>未保存：在您编辑期间，其他人修改了此代表。请再次保存以进行比较和选择。</translation>
    </message>
</context>
<context>
    <name>DelegateTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>中文姓名</translation>
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
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the roster file</source>
        <translation>选择名册文件</translation>
    </message>
    <message>
        <source>CSV (UTF-8, GB18030 or UTF-16; comma, semicolon or tab) or an Excel workbook.</source>
        <translation>CSV 文件（UTF-8、GB18030 或 UTF-16；逗号、分号或制表符分隔）或 Excel 工作簿。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>find automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Update: add new delegates and change existing ones</source>
        <translation>更新：添加新代表并修改已有代表</translation>
    </message>
    <message>
        <source>Replace one agency&apos;s roster: also deactivate its delegates missing from the file</source>
        <translation>替换某一机构的名册：同时停用文件中未列出的该机构代表</translation>
    </message>
    <message>
        <source>(the agency the file names)</source>
        <translation>（文件中所列机构）</translation>
    </message>
    <message>
        <source>{side} · {acronym} — {name_en}</source>
        <translation>{side} · {acronym} — {name_zh}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>已保存的列对应</translation>
    </message>
    <message>
        <source>(by the column headers)</source>
        <translation>（按列标题）</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>名册文件</translation>
    </message>
    <message>
        <source>Roster files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>名册文件 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <source>Reading {0}</source>
        <translation>正在读取 {0}</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>{0}: {1} rows, {2}, {3}-separated.</source>
        <translation>{0}：{1} 行，{2} 编码，{3}分隔。</translation>
    </message>
    <message>
        <source>{0}: sheet {1}, {2} rows.</source>
        <translation>{0}：工作表 {1}，{2} 行。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>Replace mode replaces one agency&apos;s roster: choose that agency in the Agency list.</source>
        <translation>替换模式替换某一机构的名册：请在“机构”列表中选择该机构。</translation>
    </message>
    <message>
        <source>No header row found: type the number of the row that holds the column names.</source>
        <translation>未找到表头行：请输入列名所在的行号。</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>added by import</source>
        <translation>由导入添加</translation>
    </message>
    <message>
        <source>changed by import</source>
        <translation>由导入更改</translation>
    </message>
    <message>
        <source>deactivated by import</source>
        <translation>由导入停用</translation>
    </message>
    <message>
        <source>import undone</source>
        <translation>导入已撤销</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a roster</source>
        <translation>导入名册</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>对应各列</translation>
    </message>
    <message>
        <source>Each field takes one column of the file. Fields marked * are required.</source>
        <translation>每个字段对应文件中的一列。标有 * 的字段为必填。</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方别</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>职务（中文）</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name, e.g. MPS personnel office</source>
        <translation>名称，例如：公安部人事处</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存列对应</translation>
    </message>
    <message>
        <source>Save this mapping as</source>
        <translation>将此列对应保存为</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>例如 {0}</translation>
    </message>
    <message>
        <source>Saved as “{0}”.</source>
        <translation>已保存为“{0}”。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge agency</source>
        <translation>合并机构</translation>
    </message>
    <message>
        <source>Merge {0} into another agency of side {1}: its {2} delegate(s), its sub-agencies and everything that names it (requests, escalations, agenda and action items, roster imports) move to the agency chosen; {0} is then deactivated, with its history kept.</source>
        <translation>将 {0} 合并到 {1} 方的另一机构：其 {2} 名代表、其下属机构以及提及它的一切（请求、升级事项、议程和行动项、名册导入）都转到所选机构；随后停用 {0}，保留其历史记录。</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>{acronym} — {name_en}</source>
        <translation>{acronym} — {name_zh}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方别</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Differences or problems</source>
        <translation>差异或问题</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>职务（中文）</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. Check what the import will do.</source>
        <translation>尚未保存任何内容。请核对导入将做的更改。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Create the agencies the file names</source>
        <translation>创建文件中列出的机构</translation>
    </message>
    <message>
        <source>Add the agencies listed above with the names the file gives, in the same import (undoing the import removes them again)</source>
        <translation>在同一次导入中按文件给出的名称添加上面列出的机构（撤销导入会再次删除它们）</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the invalid ones</source>
        <translation>导入有效行，跳过无效行</translation>
    </message>
    <message>
        <source>Comparing the file with the roster…</source>
        <translation>正在将文件与名册比对…</translation>
    </message>
    <message>
        <source>Previewing the import</source>
        <translation>正在预览导入</translation>
    </message>
    <message>
        <source>{0} new, {1} changed, {2} unchanged, {3} to deactivate, {4} rows with errors.</source>
        <translation>新增 {0}，更改 {1}，未变 {2}，将停用 {3}，有错误的行 {4}。</translation>
    </message>
    <message>
        <source>The import will create {0} agencies: {1}.</source>
        <translation>导入将创建 {0} 个机构：{1}。</translation>
    </message>
    <message>
        <source>The file names {0} agencies that are not in the roster: {1}. Their rows are refused unless the import creates them.</source>
        <translation>文件列出了 {0} 个名册中没有的机构：{1}。除非导入时创建这些机构，否则相关行将被拒绝。</translation>
    </message>
    <message>
        <source>The preview failed.</source>
        <translation>预览失败。</translation>
    </message>
    <message>
        <source>Replace the roster?</source>
        <translation>替换名册？</translation>
    </message>
    <message>
        <source>Replace the roster of {0} with the file: {1} delegates missing from it will be deactivated (kept with their history; they can be reactivated), {2} added and {3} changed.</source>
        <translation>用文件替换 {0} 的名册：文件中未列出的 {1} 名代表将被停用（连同其历史一并保留，可以恢复），新增 {2} 名，更改 {3} 名。</translation>
    </message>
    <message>
        <source>Replace the roster</source>
        <translation>替换名册</translation>
    </message>
</context>
<context>
    <name>RosterCard</name>
    <message>
        <source>Roster</source>
        <translation>名册</translation>
    </message>
    <message>
        <source>{0}: {1} active delegates in {2} agencies</source>
        <translation>{0}：{2} 个机构共 {1} 名在职代表</translation>
    </message>
    <message>
        <source>No agencies yet.</source>
        <translation>尚无机构。</translation>
    </message>
    <message>
        <source>No roster import yet.</source>
        <translation>尚未导入名册。</translation>
    </message>
    <message>
        <source>Last import: {0}, by {1} on {2} ({3} new, {4} changed, {5} deactivated).</source>
        <translation>上次导入：{0}，由 {1} 于 {2} 导入（新增 {3}，更改 {4}，停用 {5}）。</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Roster</source>
        <translation>名册</translation>
    </message>
    <message>
        <source>Search delegates</source>
        <translation>搜索代表</translation>
    </message>
    <message>
        <source>Search any name, in Latin or Chinese, email or ID</source>
        <translation>搜索姓名（拉丁字母或中文）、电子邮件或编号</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>撤销上次导入</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Import/Export</source>
        <translation>导入/导出</translation>
    </message>
    <message>
        <source>Import a roster file, export the roster, undo the last import</source>
        <translation>导入名册文件、导出名册、撤销上次导入</translation>
    </message>
    <message>
        <source>Import a roster file…</source>
        <translation>导入名册文件…</translation>
    </message>
    <message>
        <source>Export the roster…</source>
        <translation>导出名册…</translation>
    </message>
    <message>
        <source>Undo the last import…</source>
        <translation>撤销上次导入…</translation>
    </message>
    <message>
        <source>Add agency…</source>
        <translation>添加机构…</translation>
    </message>
    <message>
        <source>Edit agency…</source>
        <translation>编辑机构…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation>添加机构</translation>
    </message>
    <message>
        <source>Edit agency</source>
        <translation>编辑机构</translation>
    </message>
    <message>
        <source>Merge agency into another</source>
        <translation>将机构合并到另一机构</translation>
    </message>
    <message>
        <source>{0} active delegates of {1} agencies; {2} inactive kept with their history.</source>
        <translation>{1} 个机构共 {0} 名在职代表；{2} 名已停用代表连同其历史一并保留。</translation>
    </message>
    <message>
        <source>History of {0}</source>
        <translation>{0} 的历史</translation>
    </message>
    <message>
        <source>Only an admin can change agencies.</source>
        <translation>只有管理员可以更改机构。</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Reactivate agency</source>
        <translation>重新启用机构</translation>
    </message>
    <message>
        <source>Deactivate agency</source>
        <translation>停用机构</translation>
    </message>
    <message>
        <source>Deactivate {0}? It stays in the roster with its history and can be reactivated later.</source>
        <translation>停用 {0}？它将连同历史记录保留在名册中，以后可以重新启用。</translation>
    </message>
    <message>
        <source>Its {0} active delegate(s) are deactivated with it.</source>
        <translation>其 {0} 名在任代表将一并停用。</translation>
    </message>
    <message>
        <source>Deactivate agency?</source>
        <translation>停用机构？</translation>
    </message>
    <message>
        <source>Merge {0} into {1}? Its {2} delegate(s), its sub-agencies and every request, escalation, agenda and action item naming it move to {1}; {0} is deactivated.</source>
        <translation>将 {0} 合并到 {1}？其 {2} 名代表、其下属机构以及提及它的每一项请求、升级事项、议程和行动项都将转到 {1}；{0} 将被停用。</translation>
    </message>
    <message>
        <source>Merge agency?</source>
        <translation>合并机构？</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>{0} merged into {1}: {2} delegate(s) and {3} other reference(s) moved.</source>
        <translation>{0} 已合并到 {1}：转移了 {2} 名代表和 {3} 项其他引用。</translation>
    </message>
    <message>
        <source>Deactivate delegate?</source>
        <translation>停用代表？</translation>
    </message>
    <message>
        <source>Deactivate {0}, {1}? They stay in the roster with their history, but can no longer be put on a meeting&apos;s delegation. They can be reactivated later.</source>
        <translation>停用 {0}（{1}）？该代表连同其历史保留在名册中，但不能再列入会议代表团。以后可以恢复。</translation>
    </message>
    <message>
        <source>Undo the import of {0} ({1} new, {2} changed, {3} deactivated)? Delegates it added are removed and the others get their earlier values back.</source>
        <translation>撤销 {0} 的导入（新增 {1}，更改 {2}，停用 {3}）？该次导入添加的代表将被移除，其他代表恢复原值。</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undoing the import of {0}</source>
        <translation>正在撤销 {0} 的导入</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>导出名册</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the roster</source>
        <translation>正在导出名册</translation>
    </message>
</context>
</TS>
