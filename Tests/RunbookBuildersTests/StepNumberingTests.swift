import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookBuilders

/// Every task numbers its steps by its own order of step identities (`RunbookTask.steps`), for
/// every kind of input: a step reference can only name a step the runbook has.
@Suite struct StepNumberingTests {
    @Test(arguments: RunbookTask.allCases)
    func stepsAreNumberedByTheTasksOrder(_ task: RunbookTask) throws {
        for base in [articleExample, earlyInput, consoleInput] {
            let raw = adapted(base, to: task)
            let runbook = RunbookBuilder().build(try RuleSet.standard.validate(raw).get())
            let steps = runbook.sections.flatMap(\.steps)
            #expect(steps.map(\.id) == task.steps)
            #expect(steps.map(\.number) == Array(1...task.steps.count))
            // A step may be titled by a variant of its usual title (`step.endpoint.title.existing`).
            for step in steps {
                #expect(step.title.key == step.id.titleKey || step.title.key.hasPrefix(step.id.titleKey + "."), "\(step.title.key)")
            }
        }
    }
}
