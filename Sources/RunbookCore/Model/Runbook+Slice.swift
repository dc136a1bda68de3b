extension Runbook {
    /// The sections that hold steps numbered `first` or later, each with only those steps and its
    /// own introduction; numbers stay those of the whole runbook.
    package func sections(withStepsFrom first: Int) -> [Section] {
        sections.compactMap { section in
            let steps = section.steps.filter { $0.number >= first }
            guard !steps.isEmpty else { return nil }
            return Section(anchor: section.anchor, title: section.title, blocks: section.blocks, steps: steps, role: section.role)
        }
    }
}
