#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes straight to file descriptor 2, whole lines at a time: the server's log and its timings
/// go there (standard output carries the protocol), from any thread, without Foundation's buffers.
enum StandardError {
    static func emit(_ text: String) {
        let line = Array(text.utf8)
        line.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(STDERR_FILENO, base + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}

