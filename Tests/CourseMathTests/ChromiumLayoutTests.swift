import Foundation
import Testing
import CourseMath

/// What MathML Core lacks is drawn with CSS (`\cancel`, `\boxed`, array
/// rules) or with plain MathML Core (`mathcolor`, `mmultiscripts`,
/// mhchem's invisible X): Chromium must lay it out as intended.
@Suite(.serialized) struct ChromiumLayoutTests {
    static let expressions: [String: String] = [
        "cancel": "\\cancel{x + 1}",
        "boxed": "\\boxed{x}",
        "color": "\\textcolor{red}{x} + {\\color{#00aa00} y}",
        "array": "\\begin{array}{c|c} \\hline a & b \\end{array}",
        "isotope": "\\ce{^{14}_{6}C}",
        "arrow": "\\ce{A -> B}",
        "water": "\\ce{H2O}",
        "sulfate": "\\ce{SO4^2-}",
    ]

    /// Measurements the page takes, by name; each is "true" when it holds.
    static let script = #"""
    function box(element) { return element.getBoundingClientRect(); }
    function style(element) { return getComputedStyle(element); }
    function math(name) { return document.getElementById(name).querySelector('math'); }
    var em = parseFloat(style(document.body).fontSize), checks = {};
    var cancel = math('cancel').querySelector('mrow[style]');
    checks.cancelPaintsAStroke = style(cancel).backgroundImage.indexOf('linear-gradient') >= 0 && box(cancel).width > 0;
    var frame = math('boxed').querySelector('mrow[style]');
    checks.boxedHasAFrame = style(frame).borderTopStyle === 'solid' && parseFloat(style(frame).borderTopWidth) > 0
      && box(frame).width > box(frame.querySelector('mi')).width + 0.4 * em;
    var colored = math('color').querySelectorAll('mi');
    checks.colorsApply = style(colored[0]).color === 'rgb(255, 0, 0)' && style(colored[1]).color === 'rgb(0, 170, 0)';
    var cells = math('array').querySelectorAll('mtd');
    checks.arrayRulesAreBorders = style(cells[0]).borderTopStyle === 'solid' && style(cells[1]).borderLeftStyle === 'solid'
      && style(cells[0]).borderLeftStyle === 'none';
    var iso = math('isotope').querySelector('mmultiscripts').children;
    checks.isotopeNumbersAlignRightBeforeTheElement = Math.abs(box(iso[2]).right - box(iso[3]).right) < 1
      && box(iso[2]).right <= box(iso[0]).left + 1 && box(iso[3]).bottom < box(iso[2]).bottom;
    var arrow = math('arrow').querySelector('mover');
    checks.arrowHasItsMinimumLength = box(arrow).width >= 1.5 * em;
    var water = math('water');
    var hydrogen = water.querySelector('mi'), count = water.querySelector('msub mn');
    checks.countIsLoweredAndXInvisible = box(count).bottom > box(hydrogen).bottom
      && style(water.querySelector('mphantom')).visibility === 'hidden'
      && box(water.querySelector('mpadded')).width < 1;
    var sulfate = math('sulfate'), four = sulfate.querySelector('msub mn'), charge = sulfate.querySelector('msup > mrow');
    checks.chargeIsRaisedAfterTheCount = box(charge).bottom < box(four).top + 2 && box(charge).left >= box(four).right - 1;
    document.getElementById('result').textContent = JSON.stringify(checks);
    """#

    @Test(.enabled(if: KaTeXHarness.chromium != nil, "chromium is not installed (scripts/setup.sh installs it)"))
    func mathMLCoreLayout() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coursemath-layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var body = ""
        for (name, tex) in Self.expressions.sorted(by: { $0.key < $1.key }) {
            body += "<p id=\"\(name)\">" + (try TeXToMathML.convert(tex, display: false).get()) + "</p>\n"
        }
        let page = folder.appendingPathComponent("layout.html")
        try Data(("<!doctype html><html><head><meta charset=\"utf-8\"></head><body style=\"font-size: 20px\">\n"
            + body + "<pre id=\"result\"></pre><script src=\"layout.js\"></script></body></html>").utf8).write(to: page)
        try Data(Self.script.utf8).write(to: folder.appendingPathComponent("layout.js"))
        let dom = try KaTeXHarness.visit(page, profile: folder.appendingPathComponent("profile"))
        let start = try #require(dom.range(of: "<pre id=\"result\">"))
        let end = try #require(dom[start.upperBound...].range(of: "</pre>"))
        let json = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"")
        let checks = try JSONDecoder().decode([String: Bool].self, from: Data(json.utf8))
        #expect(checks.count == 8, "\(json)")
        for (name, holds) in checks.sorted(by: { $0.key < $1.key }) {
            #expect(holds, "\(name)")
        }
    }
}
