import Hummingbird

/// `GET /openapi.json`: the one definition of the JSON API (`Templates/server/openapi.json`),
/// embedded in the binary. A test holds the route table and every answer to it.
enum OpenAPIDocument {
    static let text = EmbeddedTemplates.files["server/openapi.json"] ?? "{}"

    static var response: Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
