// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { cleanPastedHtml } from "./paste";

describe("cleanPastedHtml", () => {
  it("keeps the structure of a web page and drops its styling", () => {
    const html =
      '<meta charset="utf-8"><style>p{color:red}</style><div class="article"><h1 style="font-size:30px">标题</h1>' +
      '<p class="lead" style="margin:0"><span style="font-family:SimSun">第一段，</span><a href="https://example.com" class="x" target="_blank" onclick="x()">链接</a></p>' +
      '<ul><li style="color:red">一</li></ul><blockquote class="q"><p>引语</p></blockquote><h4>小节</h4><font face="Arial">字体</font></div>';
    expect(cleanPastedHtml(html)).toBe(
      '<div><h2>标题</h2><p>第一段，<a href="https://example.com">链接</a></p><ul><li>一</li></ul><blockquote><p>引语</p></blockquote><h3>小节</h3>字体</div>',
    );
  });

  it("keeps the cells of a pasted Word table apart: a paragraph per row, cells set apart by a full-width space", () => {
    const html =
      '<table class=MsoTableGrid border=1 style="border-collapse:collapse"><tr style="mso-yfti-irow:0"><td width=100 style="border:solid windowtext 1.0pt"><p class=MsoNormal><span style="font-family:SimSun">单位负责人</span></p></td>' +
      "<td><p class=MsoNormal>热力公司</p></td><td><p class=MsoNormal><b>张三</b></p></td></tr>" +
      "<tr><td><p>联系电话</p></td><td><p>&nbsp;</p></td><td><p>12345</p></td></tr><tr><td>&nbsp;</td></tr></table><p>表后一段。</p>";
    expect(cleanPastedHtml(html)).toBe("<p>单位负责人\u3000热力公司\u3000张三</p><p>联系电话\u300012345</p><p>表后一段。</p>");
  });

  it("turns Word's list paragraphs into lists and drops mso- markup", () => {
    const html =
      "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style>.MsoNormal{mso-style-parent:'';}</style></head><body>" +
      '<p class=MsoNormal style="mso-margin-top-alt:auto">正文<o:p></o:p></p>' +
      "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><![endif]>第一条<o:p></o:p></p>" +
      "<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp; </span></span><![endif]>第二条</p>" +
      "<p class=MsoNormal>&nbsp;<o:p></o:p></p>" +
      "<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol'>·<span>&nbsp;</span></span><![endif]>要点</p>" +
      "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]--></body></html>";
    expect(cleanPastedHtml(html)).toBe("<p>正文</p><ol><li><p>第一条</p></li><li><p>第二条</p></li></ol><ul><li><p>要点</p></li></ul>");
  });

  it("keeps bold and italic that Google Docs writes as styles, and drops its bold wrapper", () => {
    const html =
      '<b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700">粗体</span><span style="font-style:italic">斜体</span><span style="font-weight:400">普通</span></p></b>';
    expect(cleanPastedHtml(html)).toBe("<p><strong>粗体</strong><em>斜体</em>普通</p>");
  });

  it("keeps <b> and <i> as strong and em, and pictures with their address", () => {
    expect(cleanPastedHtml('<p><b>粗</b><i>斜</i><img src="https://example.com/a.jpg" alt="图" width="10" style="x"></p>')).toBe(
      '<p><strong>粗</strong><em>斜</em><img src="https://example.com/a.jpg" alt="图"></p>',
    );
  });
});
