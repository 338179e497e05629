/// File types the platform accepts, by use (from the platform's documentation).
public enum MediaTypes {
    public struct Use: Sendable {
        /// How messages name the use: "a video lesson".
        public let description: Message
        public let extensions: Set<String>
    }

    public static let video = Use(description: "a video lesson", extensions: [
        "mp4", "3gp", "3g2", "3gp2", "avi", "mpeg", "mpg", "wmv", "vob", "mkv", "flv", "dv", "ts", "asf", "m4v", "mov"])
    public static let audio = Use(description: "an audio lesson", extensions: ["mp3", "ogg"])
    public static let pdf = Use(description: "a PDF lesson", extensions: ["pdf"])
    public static let zip = Use(description: "an HTML or SCORM lesson (a ZIP file)", extensions: ["zip"])
    public static let subtitles = Use(description: "subtitles (WebVTT only)", extensions: ["vtt"])
    public static let image = Use(description: "an image", extensions: ["png", "jpg", "jpeg", "gif", "svg", "webp"])
    public static let thumbnail = Use(description: "a course thumbnail", extensions: ["png", "jpg", "jpeg"])
    public static let fallback = Use(description: "an offline fallback", extensions: ["png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "mp4", "mp3"])
    /// Files a Markdown link may point to inside the course.
    public static let linkedFile = Use(description: "a linked file", extensions: [
        "pdf", "png", "jpg", "jpeg", "gif", "svg", "webp", "mp3", "ogg", "mp4", "docx", "pptx", "ppt", "xlsx", "xls", "epub", "csv", "txt"])

    /// Video and audio formats every current browser plays in a page; other
    /// formats the platform takes are offered as downloads (CS0603).
    public static let playableVideo: Set<String> = ["mp4", "m4v", "webm"]
    public static let playableAudio: Set<String> = ["mp3", "ogg"]

    public static func use(for kind: Lesson.Kind) -> Use? {
        switch kind {
        case .video: video
        case .audio: audio
        case .pdf: pdf
        case .html, .scorm: zip
        case .text, .link: nil
        }
    }
}
