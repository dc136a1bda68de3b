import RunbookCore
import RunbookEvidence
import RunbookRender

/// The diagnosis stages: pastes → observations → situation → reply, beside the runbook's own.
extension Pipeline {
    /// Reads the pastes and judges where the customer is; fails only when the flags break a rule.
    public func diagnose(flags: RawInput, pastes: [Paste]) -> Result<Situation, Diagnostics> {
        Situation.assess(flags: flags, pastes: pastes, rules: rules, templates: templates)
    }

    /// The ticket reply to the customer in one language, as Markdown, laid out by the runbook's
    /// own templates.
    public func reply(to situation: Situation, in language: Language) throws(TemplateError) -> String {
        try MarkdownRenderer(language: language, templates: templates).render(TicketReply.runbook(for: situation))
    }

    /// What only the support engineer needs beside the reply, in one language, as Markdown.
    public func notes(for situation: Situation, in language: Language) throws(TemplateError) -> String {
        try MarkdownRenderer(language: language, templates: templates).render(TicketReply.notes(for: situation))
    }
}
