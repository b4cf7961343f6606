<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BriefingDefaultsDialog</name>
    <message>
        <source>Briefing defaults</source>
        <translation>简报默认设置</translation>
    </message>
    <message>
        <source>A numbered copy for a delegate is printed on the paper and in the language set here for the delegate&apos;s side, unless the Briefing page says otherwise. The secretariat heads the pack&apos;s contact sheet and is named as the PDF&apos;s author.</source>
        <translation>发给代表的编号副本按此处为该代表所属一方设定的纸张和语言打印，除非简报页面另有选择。秘书处列于简报联络表之首，并作为PDF的作者。</translation>
    </message>
</context>
<context>
    <name>BriefingModels</name>
    <message>
        <source>Copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>分发时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>分发人</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>密级标识</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>第{0}份，共{1}份</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>(export)</source>
        <translation>（导出）</translation>
    </message>
    <message>
        <source>{0} of {1}: {2}</source>
        <translation>第{0}份，共{1}份：{2}</translation>
    </message>
</context>
<context>
    <name>BriefingPage</name>
    <message>
        <source>Briefing packs</source>
        <translation>会议简报</translation>
    </message>
    <message>
        <source>The PDF each delegate prints before a meeting.</source>
        <translation>每位代表在会前打印的 PDF 简报。</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>简报</translation>
    </message>
    <message>
        <source>Host side&apos;s paper</source>
        <translation>东道方纸张</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国 Letter</translation>
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
        <source>Bilingual</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <source>e.g. SENSITIVE BUT UNCLASSIFIED</source>
        <translation>例如：内部资料</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>密级标识</translation>
    </message>
    <message>
        <source>Render with the characters replaced</source>
        <translation>替换这些字符后生成</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Numbered copies</source>
        <translation>编号副本</translation>
    </message>
    <message>
        <source>One copy per recipient, marked “Copy k of n” with the name on the cover and in the footer; each is recorded in the distribution log.</source>
        <translation>每位接收人一份，封面和页脚标明“第 k 份，共 n 份”及接收人姓名；每份都记入分发登记。</translation>
    </message>
    <message>
        <source>Each on its recipient side&apos;s paper and language</source>
        <translation>每份使用收件人所属一方的纸张和语言</translation>
    </message>
    <message>
        <source>Issue numbered copies…</source>
        <translation>分发编号副本…</translation>
    </message>
    <message>
        <source>Distribution log</source>
        <translation>分发登记</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>存档</translation>
    </message>
    <message>
        <source>Every pack exported or issued, byte for byte as it went out.</source>
        <translation>每份导出或分发的简报，按发出时的原样逐字节保存。</translation>
    </message>
    <message>
        <source>Archived packs</source>
        <translation>已存档的简报</translation>
    </message>
    <message>
        <source>No pack of this meeting has been exported or issued yet.</source>
        <translation>本次会议的简报尚未导出或分发。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show the archived pack in the preview</source>
        <translation>在预览中显示存档的简报</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Write the archived pack, byte for byte, to a file</source>
        <translation>将存档的简报逐字节写入文件</translation>
    </message>
    <message>
        <source>Render afresh</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Render the pack from the data, as of the meeting&apos;s date</source>
        <translation>按会议日期的数据重新生成简报</translation>
    </message>
    <message>
        <source>Preview of the briefing pack</source>
        <translation>简报材料预览</translation>
    </message>
    <message>
        <source>Meeting {0} · {1} · {2} ({3})</source>
        <translation>第{0}次会议 · {1} · {2}（{3}）</translation>
    </message>
    <message>
        <source>Render again</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Append attached PDFs</source>
        <translation>附上所附PDF文件</translation>
    </message>
    <message>
        <source>Append the PDFs attached to the agenda items and requests, a bookmark each</source>
        <translation>附上议题和请求所附的PDF文件，每份文件一个书签</translation>
    </message>
    <message>
        <source>Internal: our side&apos;s own copy</source>
        <translation>内部：我方自用版本</translation>
    </message>
    <message>
        <source>Print the documents kept to our side too; a numbered copy for the other side never shows them</source>
        <translation>同时印入仅限我方的文件；发给对方的编号副本绝不包含这些文件</translation>
    </message>
    <message>
        <source>The preview follows the meeting, the options and the data by itself; this renders it once more.</source>
        <translation>预览会随会议、选项和数据自动更新；点此再生成一次。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Recipients of numbered copies</source>
        <translation>编号副本接收人</translation>
    </message>
    <message>
        <source>The sides&apos; briefing defaults; a paper chosen above is used for every copy.</source>
        <translation>各方的简报默认设置；如在上方选定纸张，则所有副本均使用该纸张。</translation>
    </message>
    <message>
        <source>Briefing defaults…</source>
        <translation>简报默认设置…</translation>
    </message>
    <message>
        <source>Preview of the pack</source>
        <translation>简报预览</translation>
    </message>
    <message>
        <source>No. {0} · {1} · {2} ({3})</source>
        <translation>第{0}次 · {1} · {2}（{3}）</translation>
    </message>
    <message>
        <source>planned</source>
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
        <source>The options changed: the preview is being rendered again.</source>
        <translation>选项已更改：正在重新生成预览。</translation>
    </message>
    <message>
        <source>Archived copy issued {0} by {1}, batch {2}</source>
        <translation>存档副本：{0} 由 {1} 分发，批次 {2}</translation>
    </message>
    <message>
        <source>Meeting {0}: the archived pack, as it went out.</source>
        <translation>第{0}次会议：存档的简报，与发出时相同。</translation>
    </message>
    <message>
        <source>Save archived pack</source>
        <translation>保存存档的简报</translation>
    </message>
    <message>
        <source>Rendering the pack of meeting {0}…</source>
        <translation>正在生成第{0}次会议的简报…</translation>
    </message>
    <message>
        <source>Rendering briefing pack</source>
        <translation>正在生成简报</translation>
    </message>
    <message>
        <source>Meeting {0}: {1} pages, {2}, {3}.</source>
        <translation>第{0}次会议：{1}页，{2}，{3}。</translation>
    </message>
    <message>
        <source>{0} field(s) hold characters the font lacks; they print as �.</source>
        <translation>有{0}个字段含有字体缺少的字符，打印为 �。</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>……另有{0}处</translation>
    </message>
    <message>
        <source>The pack&apos;s font cannot draw some characters. Correct these entries, or render with the characters replaced:</source>
        <translation>简报字体无法显示部分字符。请更正以下条目，或替换这些字符后生成：</translation>
    </message>
    <message>
        <source>Export briefing pack</source>
        <translation>导出简报</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>已保存 {0}。</translation>
    </message>
    <message>
        <source>Sent {0} pages to the printer.</source>
        <translation>已将{0}页发送到打印机。</translation>
    </message>
    <message>
        <source>Tick the recipients of numbered copies first.</source>
        <translation>请先勾选编号副本的接收人。</translation>
    </message>
    <message>
        <source>Folder for the numbered copies</source>
        <translation>编号副本的保存文件夹</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation>等另外 {0} 人</translation>
    </message>
    <message>
        <source>Issue numbered copies?</source>
        <translation>分发编号副本？</translation>
    </message>
    <message>
        <source>Issue {0} numbered copies of the pack of meeting {1} to {2}, into {3}? Each copy carries its number and its recipient&apos;s name, and each is recorded in the distribution log, which keeps it for good.</source>
        <translation>将第{1}次会议简报的 {0} 份编号副本分发给 {2}，保存到 {3}？每份副本均标有编号和接收人姓名，并记入分发登记，永久保留。</translation>
    </message>
    <message>
        <source>Issue {0} copies</source>
        <translation>分发 {0} 份副本</translation>
    </message>
    <message>
        <source>Copy %v of %m</source>
        <translation>第 %v 份，共 %m 份</translation>
    </message>
    <message>
        <source>Issued {0} numbered copies to {1}.</source>
        <translation>已分发{0}份编号副本到 {1}。</translation>
    </message>
    <message>
        <source>Issuing numbered copies</source>
        <translation>正在分发编号副本</translation>
    </message>
    <message>
        <source>Briefing defaults saved.</source>
        <translation>简报默认设置已保存。</translation>
    </message>
</context>
<context>
    <name>SideDefaultsBox</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国 Letter</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>The side&apos;s own (Chinese for China, else English)</source>
        <translation>该方默认（中方为中文，其他为英文）</translation>
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
        <source>Bilingual</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>秘书处</translation>
    </message>
    <message>
        <source>Secretariat (Chinese)</source>
        <translation>秘书处（中文）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
</context>
</TS>
