<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ComparisonTableModel</name>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>English before</source>
        <translation>英文（修改前）</translation>
    </message>
    <message>
        <source>English after</source>
        <translation>英文（修改后）</translation>
    </message>
    <message>
        <source>Chinese before</source>
        <translation>中文（修改前）</translation>
    </message>
    <message>
        <source>Chinese after</source>
        <translation>中文（修改后）</translation>
    </message>
</context>
<context>
    <name>OutcomeWords</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>agreed by {0}</source>
        <translation>{0} 已同意</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>OutcomesPage</name>
    <message>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Summary and history</source>
        <translation>成果摘要与历史</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>成果摘要</translation>
    </message>
    <message>
        <source>History and comparison</source>
        <translation>版本历史与比较</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Paper of the printed summary</source>
        <translation>打印摘要所用纸张</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸</translation>
    </message>
    <message>
        <source>Language of the printed summary</source>
        <translation>打印摘要的语言</translation>
    </message>
    <message>
        <source>Bilingual</source>
        <translation>双语</translation>
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
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Print the version shown to a PDF file</source>
        <translation>将所显示的版本输出为 PDF 文件</translation>
    </message>
    <message>
        <source>Draft from the agenda</source>
        <translation>根据议程起草</translation>
    </message>
    <message>
        <source>Add a paragraph for each resolved agenda item with an outcome; paragraphs edited by hand are never overwritten</source>
        <translation>为每个已解决且有成果的议程项添加一段；人工修改过的段落不会被覆盖</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>提议</translation>
    </message>
    <message>
        <source>Freeze this draft as the version both sides are asked to agree</source>
        <translation>冻结此草稿，作为请双方同意的版本</translation>
    </message>
    <message>
        <source>Revise…</source>
        <translation>修订…</translation>
    </message>
    <message>
        <source>Open a new draft version of a proposed or final summary</source>
        <translation>为已提议或已定稿的摘要开启新的草稿版本</translation>
    </message>
    <message>
        <source>Agree for {0}…</source>
        <translation>代表 {0} 同意…</translation>
    </message>
    <message>
        <source>Agree for {0}</source>
        <translation>代表 {0} 同意</translation>
    </message>
    <message>
        <source>Record that {0} agrees the proposed version (who and when)</source>
        <translation>记录 {0} 同意所提议的版本（何人、何时）</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>No paragraphs yet: draft them from the agenda or add one.</source>
        <translation>尚无段落：请根据议程起草或添加一段。</translation>
    </message>
    <message>
        <source>English text of the paragraph</source>
        <translation>段落的英文文本</translation>
    </message>
    <message>
        <source>Chinese text of the paragraph</source>
        <translation>段落的中文文本</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>Agenda item the new paragraph reports on</source>
        <translation>新段落所涉及的议程项</translation>
    </message>
    <message>
        <source>Add paragraph</source>
        <translation>添加段落</translation>
    </message>
    <message>
        <source>Edit paragraph</source>
        <translation>编辑段落</translation>
    </message>
    <message>
        <source>Save paragraph</source>
        <translation>保存段落</translation>
    </message>
    <message>
        <source>Remove paragraph…</source>
        <translation>删除段落…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>No versions yet.</source>
        <translation>尚无版本。</translation>
    </message>
    <message>
        <source>Compare version</source>
        <translation>比较版本</translation>
    </message>
    <message>
        <source>Earlier version to compare</source>
        <translation>要比较的较早版本</translation>
    </message>
    <message>
        <source>with version</source>
        <translation>与版本</translation>
    </message>
    <message>
        <source>Later version to compare</source>
        <translation>要比较的较晚版本</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Show unchanged paragraphs</source>
        <translation>显示未变的段落</translation>
    </message>
    <message>
        <source>Comparison of two versions</source>
        <translation>两个版本的比较</translation>
    </message>
    <message>
        <source>Choose two versions and Compare.</source>
        <translation>请选择两个版本，然后点击“比较”。</translation>
    </message>
    <message>
        <source>Meeting {0} · {1} · {2}</source>
        <translation>第 {0} 次会议 · {1} · {2}</translation>
    </message>
    <message>
        <source>No meetings yet: add one on the Schedule page.</source>
        <translation>尚无会议：请在“日程”页面添加。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <source>{0} (latest)</source>
        <translation>{0}（最新）</translation>
    </message>
    <message>
        <source>Meeting {0} has no summary of outcomes yet: draft it from the agenda&apos;s outcomes or add a paragraph.</source>
        <translation>第 {0} 次会议尚无成果摘要：请根据议程成果起草，或添加一段。</translation>
    </message>
    <message>
        <source>Meeting {0} · version {1} of {2} · {3} paragraphs</source>
        <translation>第 {0} 次会议 · 第 {1} 版（共 {2} 版）· {3} 段</translation>
    </message>
    <message>
        <source>{0} without Chinese text</source>
        <translation>{0} 段缺少中文</translation>
    </message>
    <message>
        <source>Status: no version yet</source>
        <translation>状态：尚无版本</translation>
    </message>
    <message>
        <source>Status of version {0}: &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>第 {0} 版状态：&lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>opened because: {0}</source>
        <translation>修订原因：{0}</translation>
    </message>
    <message>
        <source>Agreed: {0}</source>
        <translation>同意记录：{0}</translation>
    </message>
    <message>
        <source>{0} by {1} on {2}</source>
        <translation>{0}，{1}，{2}</translation>
    </message>
    <message>
        <source>a later version exists: this one is kept as it was</source>
        <translation>已有更新的版本：此版本保持原样</translation>
    </message>
    <message>
        <source>Paragraph {0}</source>
        <translation>第 {0} 段</translation>
    </message>
    <message>
        <source>No paragraph chosen</source>
        <translation>未选择段落</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Chinese text missing</source>
        <translation>缺少中文</translation>
    </message>
    <message>
        <source>Both sides agree the text in both languages: add the Chinese before proposing</source>
        <translation>双方须同意两种语言的文本：提议前请补充中文</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>中英文齐全</translation>
    </message>
    <message>
        <source>Version {0} is {1}: use Revise to open a new draft</source>
        <translation>第 {0} 版状态为{1}：请使用“修订”开启新草稿</translation>
    </message>
    <message>
        <source>Version {0} is an earlier version: show the latest one to edit</source>
        <translation>第 {0} 版是较早的版本：请显示最新版本后再编辑</translation>
    </message>
    <message>
        <source>Add a paragraph at the end</source>
        <translation>在末尾添加一段</translation>
    </message>
    <message>
        <source>Edit the selected paragraph</source>
        <translation>编辑所选段落</translation>
    </message>
    <message>
        <source>Save the paragraph in both languages</source>
        <translation>保存段落的中英文文本</translation>
    </message>
    <message>
        <source>Remove the selected paragraph</source>
        <translation>删除所选段落</translation>
    </message>
    <message>
        <source>New paragraph {0}</source>
        <translation>新段落 {0}</translation>
    </message>
    <message>
        <source>Paragraph added.</source>
        <translation>已添加段落。</translation>
    </message>
    <message>
        <source>Paragraph {0} saved.</source>
        <translation>第 {0} 段已保存。</translation>
    </message>
    <message>
        <source>Remove paragraph</source>
        <translation>删除段落</translation>
    </message>
    <message>
        <source>Paragraph {0} will be taken out of the draft; the paragraphs after it move up a number.</source>
        <translation>第 {0} 段将从草稿中删除；其后的段落编号依次前移。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Paragraph {0} removed.</source>
        <translation>第 {0} 段已删除。</translation>
    </message>
    <message>
        <source>Drafted from the agenda: {0} added, {1} brought up to date, {2} edited by hand and kept.</source>
        <translation>已根据议程起草：新增 {0} 段，更新 {1} 段，保留人工修改的 {2} 段。</translation>
    </message>
    <message>
        <source>The draft already holds every resolved item&apos;s outcome.</source>
        <translation>草稿已包含每个已解决议程项的成果。</translation>
    </message>
    <message>
        <source>Propose the summary</source>
        <translation>提议成果摘要</translation>
    </message>
    <message>
        <source>Version {0} will be frozen and proposed to both sides; from then on it is never edited, only revised.</source>
        <translation>第 {0} 版将被冻结并提交双方；此后不能再编辑，只能修订。</translation>
    </message>
    <message>
        <source>Version {0} proposed.</source>
        <translation>已提议第 {0} 版。</translation>
    </message>
    <message>
        <source>Agreement of {0}</source>
        <translation>{0} 的同意</translation>
    </message>
    <message>
        <source>{0} agrees version {1} of the outcomes of meeting {2}. The agreement is kept with who gave it and when; with both sides&apos; agreement the version is final.</source>
        <translation>{0} 同意第 {2} 次会议成果的第 {1} 版。同意记录保留同意人和时间；双方均同意后，该版本即为定稿。</translation>
    </message>
    <message>
        <source>Who agreed for {0}?</source>
        <translation>代表 {0} 同意的是谁？</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>{0} agreed version {1}: it is final.</source>
        <translation>{0} 已同意第 {1} 版：该版本已定稿。</translation>
    </message>
    <message>
        <source>{0} agreed version {1}.</source>
        <translation>{0} 已同意第 {1} 版。</translation>
    </message>
    <message>
        <source>Revise the summary</source>
        <translation>修订成果摘要</translation>
    </message>
    <message>
        <source>A new draft, version {0}, will copy version {1}&apos;s paragraphs. Version {1} stays as it is, with its agreements; the new version needs both sides&apos; agreement again.</source>
        <translation>新草稿第 {0} 版将复制第 {1} 版的段落。第 {1} 版及其同意记录保持不变；新版本需要双方重新同意。</translation>
    </message>
    <message>
        <source>Why is it revised?</source>
        <translation>修订原因是什么？</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Version {0} opened as a new draft.</source>
        <translation>已开启第 {0} 版草稿。</translation>
    </message>
    <message>
        <source>Version {0} → {1}: {2} of {3} paragraphs differ.</source>
        <translation>第 {0} 版 → 第 {1} 版：{3} 段中有 {2} 段不同。</translation>
    </message>
    <message>
        <source>Versions {0} and {1} have the same text.</source>
        <translation>第 {0} 版与第 {1} 版文本相同。</translation>
    </message>
    <message>
        <source>Export the summary of outcomes</source>
        <translation>导出成果摘要</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {0} ({1} pages).</source>
        <translation>已保存 {0}（{1} 页）。</translation>
    </message>
</context>
<context>
    <name>ParagraphTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
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
        <source>Agenda item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>(Chinese text missing)</source>
        <translation>（缺少中文）</translation>
    </message>
    <message>
        <source>item {0}</source>
        <translation>议程项 {0}</translation>
    </message>
</context>
<context>
    <name>VersionTableModel</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Reason for the revision</source>
        <translation>修订原因</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}</source>
        <translation>{0}：{1}，{2}</translation>
    </message>
</context>
</TS>
