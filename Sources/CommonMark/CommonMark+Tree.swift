import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension CommonMark {
    /// The libcmark side: parse, walk, rewrite headings, render. Every C object made here is
    /// freed in the same function that makes it.
    enum Document {
        static func render(
            _ markdown: String,
            options: Options,
            headingID: (Heading) -> String?,
            splitting: (Heading) -> Split
        ) -> Rendered {
            let flags = options.rawValue
            guard let root = parse(markdown, flags: flags) else {
                return Rendered(parts: [Part(heading: nil, html: "")], headings: [])
            }
            defer { cmark_node_free(root) }

            var headings: [Heading] = []
            /// The top-level headings that start a part, in document order.
            var splits: [(node: OpaquePointer, heading: Heading, split: Split)] = []
            for (index, found) in collectHeadings(root).enumerated() {
                var heading = Heading(index: index, level: found.level, text: found.text)
                var node = found.node
                if let id = headingID(heading), isValidID(id),
                   let replacement = giveID(id, to: found.node, level: found.level, sourcepos: options.contains(.sourcepos))
                {
                    heading.id = id
                    node = replacement
                }
                headings.append(heading)
                let split = splitting(heading)
                if split != .none, cmark_node_parent(node) == root { splits.append((node, heading, split)) }
            }
            guard !splits.isEmpty else {
                return Rendered(parts: [Part(heading: nil, html: html(of: root, flags: flags))], headings: headings)
            }
            return Rendered(parts: parts(of: root, splitting: splits, flags: flags), headings: headings)
        }

        /// The HTML libcmark prints for `node` and everything in it.
        private static func html(of node: OpaquePointer, flags: Int32) -> String {
            guard let cHTML = cmark_render_html(node, flags) else { return "" }
            defer { free(cHTML) }
            return String(cString: cHTML)
        }

        /// The top-level blocks moved, a run at a time, into documents of their own and rendered.
        /// libcmark's HTML renderer starts each block on a new line and ends it with one, so the
        /// parts joined are the whole document's HTML.
        private static func parts(of root: OpaquePointer, splitting splits: [(node: OpaquePointer, heading: Heading, split: Split)],
                                  flags: Int32) -> [Part] {
            var runs: [(heading: Heading?, nodes: [OpaquePointer])] = [(nil, [])]
            var next = cmark_node_first_child(root)
            var splitIndex = 0
            while let node = next {
                next = cmark_node_next(node)
                guard splitIndex < splits.count, node == splits[splitIndex].node else {
                    runs[runs.count - 1].nodes.append(node)
                    continue
                }
                let split = splits[splitIndex]
                splitIndex += 1
                runs.append((split.heading, [node]))
                if split.split == .around { runs.append((nil, [])) }
            }
            return runs.filter { !$0.nodes.isEmpty }.map { run in
                guard let document = cmark_node_new(CMARK_NODE_DOCUMENT) else { return Part(heading: run.heading, html: "") }
                defer { cmark_node_free(document) }
                for node in run.nodes {
                    // append_child unlinks the node from the root first; one it refuses stays there.
                    guard cmark_node_append_child(document, node) == 1 else { break }
                }
                return Part(heading: run.heading, html: html(of: document, flags: flags))
            }
        }

        /// Parses with the byte length, so that a NUL byte does not end the document.
        private static func parse(_ markdown: String, flags: Int32) -> OpaquePointer? {
            var source = markdown
            return source.withUTF8 { bytes -> OpaquePointer? in
                guard let base = bytes.baseAddress, bytes.count > 0 else {
                    return cmark_parse_document("", 0, flags)
                }
                return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    cmark_parse_document($0, bytes.count, flags)
                }
            }
        }

        private struct FoundHeading {
            let node: OpaquePointer
            let level: Int
            let text: String
        }

        /// One walk over the tree: every heading with its level and plain text, in document order.
        /// The tree is not changed during the walk (libcmark's iterator does not allow it).
        private static func collectHeadings(_ root: OpaquePointer) -> [FoundHeading] {
            guard let iter = cmark_iter_new(root) else { return [] }
            defer { cmark_iter_free(iter) }

            var found: [FoundHeading] = []
            var open: OpaquePointer?  // the heading being walked, if any
            var text = ""
            while true {
                let event = cmark_iter_next(iter)
                if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
                guard let node = cmark_iter_get_node(iter) else { continue }
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_HEADING {
                    if event == CMARK_EVENT_ENTER {
                        open = node
                        text = ""
                    } else if open == node {
                        let level = Int(cmark_node_get_heading_level(node))
                        found.append(FoundHeading(node: node, level: level, text: text))
                        open = nil
                    }
                    continue
                }
                guard open != nil, event == CMARK_EVENT_ENTER else { continue }
                switch type {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                    if let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    text += " "
                default:
                    break  // emphasis, links, images: their text children are visited; raw HTML is left out
                }
            }
            return found
        }

        /// Replaces `heading` by a custom block holding a custom inline whose on_enter/on_exit are
        /// `<hN id="ID">` and `</hN>`, and moves the heading's inline children into it.
        ///
        /// The tags sit on a custom *inline*, not on the custom block itself: libcmark's HTML
        /// renderer calls `cr()` before and after each custom block text, so tags on the block would
        /// print as `<h2 id="a">\nx\n</h2>\n`. An empty custom block prints nothing of its own, only
        /// the line break before and after, exactly like a heading does.
        ///
        /// Returns the block that took the heading's place, or nil (heading left as it was) if
        /// libcmark refuses a step.
        private static func giveID(_ id: String, to heading: OpaquePointer, level: Int, sourcepos: Bool) -> OpaquePointer? {
            guard (1...6).contains(level),
                  let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
            else { return nil }
            guard let tag = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else {
                cmark_node_free(block)
                return nil
            }
            var open = "<h\(level) id=\"\(id)\""
            if sourcepos {
                open += " data-sourcepos=\"\(cmark_node_get_start_line(heading)):"
                    + "\(cmark_node_get_start_column(heading))-\(cmark_node_get_end_line(heading)):"
                    + "\(cmark_node_get_end_column(heading))\""
            }
            open += ">"
            guard cmark_node_set_on_enter(tag, open) == 1,
                  cmark_node_set_on_exit(tag, "</h\(level)>") == 1
            else {
                cmark_node_free(tag)
                cmark_node_free(block)
                return nil
            }
            guard cmark_node_append_child(block, tag) == 1 else {
                cmark_node_free(tag)
                cmark_node_free(block)
                return nil
            }
            // `block` (and `tag` inside it) now belongs to the tree, `heading` is unlinked.
            guard cmark_node_replace(heading, block) == 1 else {
                cmark_node_free(block)
                return nil
            }
            defer { cmark_node_free(heading) }
            while let child = cmark_node_first_child(heading) {
                // append_child unlinks the child from the heading first.
                guard cmark_node_append_child(tag, child) == 1 else { break }
            }
            return block
        }
    }
}
