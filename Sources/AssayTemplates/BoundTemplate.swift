/// A template bound to the kinds of a context stack: every name already resolved to a frame and field index,
/// partials and parents inlined. Immutable and `Sendable`: bind once, render from any number of threads.
public struct BoundTemplate: Sendable {
    let program: TemplateProgram

    /// Appends the rendered bytes (UTF-8) to buffer. `stack` must match the kinds it was bound to (bottom first).
    /// `linkPrefix` is written before every `.link` value ("" at the site root, "../" one folder down, …).
    public func render(stack: [TemplateValue], linkPrefix: String = "", into buffer: inout [UInt8], drain: TemplateDrain? = nil) {
        precondition(stack.count == program.frameCount,
                     "BoundTemplate bound to \(program.frameCount) frames rendered with \(stack.count)")
        // One small array for the whole render: sections push and pop in place, never reallocating past the
        // depth reached.
        var frames = stack
        frames.reserveCapacity(stack.count + 8)
        let program = self.program
        program.ops.withUnsafeBufferPointer { ops in
            program.text.withUnsafeBufferPointer { text in
                program.references.withUnsafeBufferPointer { references in
                    let runner = ProgramRunner(ops: ops, text: text, references: references,
                                               linkPrefix: LinkPrefix(linkPrefix), drain: drain)
                    runner.run(0, ops.count, frames: &frames, into: &buffer)
                }
            }
        }
    }

    /// Convenience: renders to a `String`.
    public func render(stack: [TemplateValue], linkPrefix: String = "") -> String {
        var buffer: [UInt8] = []
        render(stack: stack, linkPrefix: linkPrefix, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}

/// Takes what a long render has written so far, so a page of any size needs a buffer of about `threshold` bytes:
/// called between the items of a list once the buffer holds `threshold` bytes or more. `write` takes bytes from
/// the front of the buffer (it may leave some) and keeps the buffer's capacity.
public struct TemplateDrain: Sendable {
    public let threshold: Int
    public let write: @Sendable (inout [UInt8]) -> Void

    public init(threshold: Int, write: @escaping @Sendable (inout [UInt8]) -> Void) {
        self.threshold = threshold
        self.write = write
    }
}

/// Walks a program's ops over raw buffers (no bounds checks, no reference counting per op).
struct ProgramRunner {
    let ops: UnsafeBufferPointer<Op>
    let text: UnsafeBufferPointer<UInt8>
    let references: UnsafeBufferPointer<ValueReference>
    let linkPrefix: LinkPrefix
    let drain: TemplateDrain?

    func run(_ start: Int, _ end: Int, frames: inout [TemplateValue], into buffer: inout [UInt8]) {
        var pc = start
        while pc < end {
            switch ops[pc] {
            case .text(let from, let to):
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: text[from..<to]))
                pc += 1
            case .value(let reference, let escaped):
                if let value = evaluate(reference, frames: &frames) {
                    HTMLByteEscaping.append(value, escaped: escaped, linkPrefix: linkPrefix, to: &buffer)
                }
                pc += 1
            case .section(let reference, let bodyEnd):
                let value = evaluate(reference, frames: &frames) ?? .null
                if case .list(let list) = value {
                    let count = list.count
                    for item in 0..<count {
                        frames.append(list[item: item])
                        run(pc + 1, bodyEnd, frames: &frames, into: &buffer)
                        frames.removeLast()
                        if let drain, buffer.count >= drain.threshold { drain.write(&buffer) }
                    }
                } else if value.isTruthy {
                    // Every truthy value, flags included, is pushed: frame indices are fixed at bind time.
                    frames.append(value)
                    run(pc + 1, bodyEnd, frames: &frames, into: &buffer)
                    frames.removeLast()
                }
                pc = bodyEnd
            case .inverted(let reference, let bodyEnd):
                if !(evaluate(reference, frames: &frames)?.isTruthy ?? false) {
                    run(pc + 1, bodyEnd, frames: &frames, into: &buffer)
                }
                pc = bodyEnd
            }
        }
    }

    @inline(__always)
    private func evaluate(_ reference: Int, frames: inout [TemplateValue]) -> TemplateValue? {
        references[reference].evaluate(frames)
    }
}
