namespace LawyerWork.BuildingBlocks.Idempotency;

/// <summary>
/// One <c>Idempotency-Key</c> of one caller on one route (API.md): pending while the first request
/// runs, then holding its response so that a retry gets the same answer for 24 hours.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string CallerId { get; init; }

    public required string Route { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 of the request's body as bound, so the same key with another body is caught.</summary>
    public required string RequestHash { get; init; }

    public int? StatusCode { get; set; }

    public string? ResponseBody { get; set; }

    public string? Location { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }
}
