import LotsenWeb
import Testing

@Suite struct HTMLTests {
    @Test func interpolatedTextIsEscapedAndFragmentsAreNot() {
        let name = #"Röda rummet" onmouseover="alert('x')"#
        let link: HTML = "<a href=\"/lokaler/1\" title=\"\(name)\">\(name)</a>"
        #expect(link.rendered == #"<a href="/lokaler/1" title="Röda rummet&quot; onmouseover=&quot;alert(&#39;x&#39;)">Röda rummet&quot; onmouseover=&quot;alert(&#39;x&#39;)</a>"#)
        let item: HTML = "<li>\(link)</li>"
        #expect(item.rendered.hasPrefix("<li><a href="))
        #expect(HTML.escape("A & B <c>") == "A &amp; B &lt;c&gt;")
        #expect(HTML.escape("Åhus IP") == "Åhus IP")
    }
}
