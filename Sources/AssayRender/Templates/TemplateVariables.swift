import AssayCore

/// The keys page contexts provide, which templates are checked against.
enum TemplateVariables {
    /// Every key of every dictionary reachable from `context`.
    static func vocabulary(of context: Any, into keys: inout Set<String>) {
        if let dictionary = context as? [String: Any] {
            for (key, value) in dictionary {
                keys.insert(key)
                vocabulary(of: value, into: &keys)
            }
        } else if let array = context as? [Any] {
            for element in array { vocabulary(of: element, into: &keys) }
        }
    }
}
