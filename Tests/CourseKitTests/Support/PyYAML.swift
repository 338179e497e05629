import Foundation

/// An independent YAML reader: Python's PyYAML (Debian's python3-yaml,
/// installed by scripts/setup.sh), with its `BaseLoader`, which keeps every
/// scalar a string as coursec does. Many documents are read by one process.
enum PyYAML {
    enum Outcome {
        case value(NSObject)
        case error(String)

        /// Whether the document read is `expected` (strings, arrays and dictionaries).
        func isValue(_ expected: Any) -> Bool {
            if case .value(let value) = self { return value.isEqual(expected as AnyObject) }
            return false
        }

        var isError: Bool {
            if case .error = self { return true }
            return false
        }
    }

    static let script = """
        import json, sys, yaml
        out = []
        for text in json.load(sys.stdin):
            try:
                out.append({"value": yaml.load(text, Loader=yaml.BaseLoader)})
            except yaml.YAMLError as e:
                out.append({"error": str(e)})
        json.dump(out, sys.stdout)
        """

    static func load(_ texts: [String]) throws -> [Outcome] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(try JSONEncoder().encode(texts))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let rows = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [[String: Any]] else {
            throw PyYAMLFailure(message: stderr)
        }
        return rows.map { row in
            if let error = row["error"] as? String { return .error(error) }
            return .value((row["value"] as AnyObject) as! NSObject)
        }
    }

    struct PyYAMLFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { "python3 with PyYAML failed (is python3-yaml installed?): \(message)" }
    }
}
