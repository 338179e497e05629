import Foundation
import Testing

/// The video lesson of Química 1 in a real browser (Debian's `chromium`): the
/// built page's `<video>` decodes the committed MP4 (its size and length
/// come from the decoder, not from coursec), and its `<track>` loads the
/// WebVTT subtitles with the same cues, in the same order, as the source
/// file says.
@Suite(.serialized) struct ExampleVideoBrowserTests {
    static let lesson = "lecciones/09-video-balanceo-del-metano.html"
    static let subtitles = "quimica-1/media/balanceo-del-metano.es.vtt"

    /// The first text line of every cue of a WebVTT file, read plainly: the
    /// line after each `-->` timing line.
    static func cueLines(_ vtt: String) -> [String] {
        let lines = vtt.components(separatedBy: "\n")
        return lines.indices.filter { lines[$0].contains("-->") && $0 + 1 < lines.count }.map { lines[$0 + 1] }
    }

    @Test(.enabled(if: HTMLTestSupport.chromium != nil, "chromium is not installed"))
    func theVideoDecodesAndItsSubtitlesLoad() throws {
        let built = try #require(HTMLTestSupport.example, "the example course did not build")
        // A copy: the shared example site is read by other tests at the same time.
        let site = try HTMLTestSupport.temporaryFolder("video-site").appendingPathComponent("quimica-1")
        try FileManager.default.copyItem(at: built.output.appendingPathComponent("html/quimica-1"), to: site)
        let probe = site.appendingPathComponent("probe.html")
        try Data("""
            <!doctype html><html><body><iframe id="f" src="\(Self.lesson)" width="360" height="740"></iframe>
            <script>
            const frame = document.getElementById('f');
            frame.onload = () => {
              const video = frame.contentDocument.querySelector('video');
              const track = video && video.querySelector('track');
              const report = {};
              const done = () => {
                if ('width' in report && 'cues' in report) {
                  document.body.setAttribute('data-video', JSON.stringify(report));
                }
              };
              if (!track) { report.width = -1; report.cues = []; done(); return; }
              video.addEventListener('loadedmetadata', () => {
                report.width = video.videoWidth; report.height = video.videoHeight;
                report.duration = Math.round(video.duration); done();
              });
              video.addEventListener('error', () => { report.error = video.error ? video.error.code : 0; report.width = 0; done(); });
              // The default track may have loaded already: poll its readyState (2 loaded, 3 failed).
              track.track.mode = 'hidden';
              const poll = setInterval(() => {
                if (track.readyState < 2) { return; }
                clearInterval(poll);
                report.language = track.srclang;
                report.cues = track.readyState === 3 ? ['error']
                  : Array.from(track.track.cues, (cue) => cue.text.split('\\n')[0]);
                done();
              }, 50);
              video.preload = 'metadata';
              video.load();
            };
            </script></body></html>
            """.utf8).write(to: probe)
        // Decoding runs on real time, not on the page's virtual clock: on a
        // busy machine the DOM can be dumped before the decoder answered, so
        // the probe is retried with a longer budget (the last flag wins).
        var visit = ChromiumOfflineCourseTests.Visit(dom: "", requests: [])
        var attribute: String?
        for attempt in 1...3 where attribute == nil {
            let profile = try HTMLTestSupport.temporaryFolder("chromium-video").appendingPathComponent("profile")
            visit = try ChromiumOfflineCourseTests.visit(probe, profile: profile,
                                                         extraArguments: ["--allow-file-access-from-files",
                                                                          "--autoplay-policy=no-user-gesture-required",
                                                                          "--virtual-time-budget=\(5000 * attempt * attempt)"])
            attribute = Self.bodyAttribute("data-video", in: visit.dom)
        }
        let found = try #require(attribute, "no report: \(visit.dom.prefix(600))")
        let json = found.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "\(json)")
        #expect(report["error"] == nil, "the video did not decode: \(report)")
        #expect(report["width"] as? Int == 480 && report["height"] as? Int == 270, "\(report)")
        #expect(report["duration"] as? Int == 30, "\(report)")
        #expect(report["language"] as? String == "es")
        let source = try String(contentsOf: HTMLTestSupport.courses.appendingPathComponent(Self.subtitles), encoding: .utf8)
        let expected = Self.cueLines(source)
        #expect(expected.count == 5)
        #expect(report["cues"] as? [String] == expected, "\(report)")
        #expect(visit.requests.isEmpty, "network requests: \(visit.requests)")
    }

    /// The value of an attribute of `<body>` in a dumped DOM.
    static func bodyAttribute(_ name: String, in dom: String) -> String? {
        guard let body = dom.range(of: "<body") else { return nil }
        let tag = dom[body.lowerBound...].prefix { $0 != ">" }
        guard let value = tag.range(of: "\(name)=\"") else { return nil }
        return String(tag[value.upperBound...].prefix { $0 != "\"" })
    }
}
