using LawyerWork.BuildingBlocks.Localization;

namespace LawyerWork.BuildingBlocks.Errors;

/// <summary>Titles and default details per status, in the caller's language.</summary>
internal static class ProblemTexts
{
    public static string Title(int status) => status switch
    {
        400 => Bilingual.Text("请求有误", "Bad request"),
        401 => Bilingual.Text("未登录", "Not signed in"),
        403 => Bilingual.Text("无权执行此操作", "Forbidden"),
        404 => Bilingual.Text("未找到", "Not found"),
        405 => Bilingual.Text("不支持的请求方法", "Method not allowed"),
        406 => Bilingual.Text("无法提供所需格式", "Not acceptable"),
        409 => Bilingual.Text("与当前状态冲突", "Conflict"),
        412 => Bilingual.Text("记录已被修改", "Precondition failed"),
        413 => Bilingual.Text("请求内容过大", "Content too large"),
        415 => Bilingual.Text("不支持的内容类型", "Unsupported media type"),
        422 => Bilingual.Text("请求无法处理", "Unprocessable content"),
        428 => Bilingual.Text("缺少前置条件", "Precondition required"),
        429 => Bilingual.Text("请求过于频繁", "Too many requests"),
        503 => Bilingual.Text("服务暂不可用", "Service unavailable"),
        _ when status >= 500 => Bilingual.Text("服务器内部错误", "Internal server error"),
        _ => Bilingual.Text("请求失败", "Request failed"),
    };

    public static string? DefaultDetail(int status) => status switch
    {
        400 => Bilingual.Text("请求格式或参数有误。", "The request is malformed or has invalid parameters."),
        401 => Bilingual.Text("请先登录，或提供有效的访问令牌。", "Sign in, or send a valid access token."),
        403 => Bilingual.Text("当前用户没有执行此操作的权限。", "The caller is not allowed to do this."),
        404 => Bilingual.Text("请求的资源不存在。", "There is no resource at this address."),
        405 => Bilingual.Text("该地址不支持此请求方法。", "This address does not support the request method."),
        413 => Bilingual.Text("请求内容超过了允许的大小。", "The request body is larger than allowed."),
        415 => Bilingual.Text("请求内容类型必须是 application/json。", "The request body must be application/json."),
        429 => Bilingual.Text("请求过于频繁，请稍后再试。", "Too many requests; try again later."),
        >= 500 => Bilingual.Text(
            "服务器处理请求时出错；请将 traceId 提供给管理员。",
            "The server failed to handle the request; give the traceId to an administrator."),
        _ => null,
    };

    /// <summary>The RFC that defines each status, as the problem's <c>type</c> when no product-specific reason applies.</summary>
    public static string TypeUri(int status) => status switch
    {
        400 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        401 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
        403 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4",
        404 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        405 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
        406 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7",
        409 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10",
        412 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13",
        413 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
        415 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16",
        422 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21",
        428 => "https://www.rfc-editor.org/rfc/rfc6585#section-3",
        429 => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        503 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
        _ when status >= 500 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
        _ => "about:blank",
    };

    public static string ValidationTitle => Bilingual.Text("一个或多个字段无效", "One or more fields are invalid");

    public static string MalformedJson => Bilingual.Text("请求体不是有效的 JSON。", "The request body is not valid JSON.");

    public static string InvalidValue => Bilingual.Text("值的格式或类型不正确。", "The value has the wrong format or type.");
}
