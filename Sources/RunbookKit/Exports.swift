// RunbookKit is the package's one library product: importing it gives every layer's public API.
@_exported import RunbookBuilders
@_exported import RunbookCore
@_exported import RunbookEvidence
@_exported import RunbookRender
