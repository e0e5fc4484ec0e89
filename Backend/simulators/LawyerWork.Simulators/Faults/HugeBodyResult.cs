using System.Text;

namespace LawyerWork.Simulators.Faults;

/// <summary>
/// A 200 whose JSON-looking body is 20 MiB, written from one small buffer so that many of them at
/// once cost the simulator no memory; the client's response size limit is what is under test.
/// </summary>
internal sealed class HugeBodyResult : IResult
{
    public const long Size = 20 * 1024 * 1024;

    public static readonly HugeBodyResult Instance = new();

    private static readonly byte[] Prefix = Encoding.UTF8.GetBytes("{\"padding\":\"");
    private static readonly byte[] Suffix = Encoding.UTF8.GetBytes("\"}");
    private static readonly byte[] Padding = Enumerable.Repeat((byte)'x', 64 * 1024).ToArray();

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var aborted = httpContext.RequestAborted;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        response.ContentLength = Size;
        await response.Body.WriteAsync(Prefix, aborted);
        var left = Size - Prefix.Length - Suffix.Length;
        while (left > 0)
        {
            var count = (int)Math.Min(left, Padding.Length);
            await response.Body.WriteAsync(Padding.AsMemory(0, count), aborted);
            left -= count;
        }

        await response.Body.WriteAsync(Suffix, aborted);
    }
}
