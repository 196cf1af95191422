import { describe, expect, it } from 'vitest'
import { linesFromText, textFromHtml } from '../../../../src/shared/clipboard'

describe('rich text from the clipboard', () => {
  it('pasting rich HTML keeps the text and drops the markup and scripts', () => {
    const html =
      '<html><head><style>p { color: red }</style></head><body><!--StartFragment-->' +
      '<script>alert("pwned")</script><p>Customer <b>cannot</b> find the&nbsp;login</p>' +
      '<p>Q&amp;A session &lt;30 min&gt; &quot;too short&quot; &#39;really&#39;</p>' +
      'Line one<br>Line two<br/>Line three<!--EndFragment--></body></html>'
    expect(textFromHtml(html)).toBe(
      'Customer cannot find the login\nQ&A session <30 min> "too short" \'really\'\nLine one\nLine two\nLine three',
    )
  })

  it('a list from a document becomes one note per item', () => {
    const html = '<ul>\n  <li>Welcome email</li>\n  <li>Kick-off\n call</li>\n</ul>'
    expect(linesFromText(textFromHtml(html))).toEqual(['Welcome email', 'Kick-off call'])
  })

  it('a table from a spreadsheet becomes one line per row, cells kept apart', () => {
    const html =
      '<table><tr><td>Onboarding</td><td>Welcome email is late</td></tr>' +
      '<tr><td>Adoption</td><td>Team invites fail</td></tr></table>'
    expect(linesFromText(textFromHtml(html))).toEqual([
      'Onboarding · Welcome email is late',
      'Adoption · Team invites fail',
    ])
  })

  it('numeric entities decode to emoji and CJK, and broken ones do not crash', () => {
    expect(textFromHtml('&#128640; Launch &#x5BA2;&#x6237; &#0; &#xD800; &bogus; &amp;lt;')).toBe(
      '🚀 Launch 客户 \uFFFD \uFFFD &bogus; &lt;',
    )
  })

  it('an image pasted as HTML leaves nothing but its surrounding text', () => {
    expect(textFromHtml('<div><img src="data:image/png;base64,iVBORw0KGgo="></div>')).toBe('')
    expect(textFromHtml('Journey photo: <img src="wall.jpg" alt="wall">')).toBe('Journey photo:')
  })

  it('lone angle brackets in a huge input do not swallow the text after them', () => {
    const html = '<'.repeat(50_000) + '<p>Tail</p>'
    expect(textFromHtml(html)).toContain('Tail')
  })
})
