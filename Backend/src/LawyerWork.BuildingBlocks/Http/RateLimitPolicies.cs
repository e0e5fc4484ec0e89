namespace LawyerWork.BuildingBlocks.Http;

/// <summary>The named rate-limit policies the Host defines (Host/Http/RateLimits.cs) and endpoints apply.</summary>
public static class RateLimitPolicies
{
    /// <summary>Sign-in and its second step, per client IP.</summary>
    public const string SignIn = "sign-in";

    /// <summary>The anonymous integrity look-up, per client IP.</summary>
    public const string PublicLookUp = "public-look-up";

    /// <summary>The OAuth token endpoint, per client id.</summary>
    public const string Token = "token";

    /// <summary>Anonymous submissions (complaints from the public), per client IP.</summary>
    public const string PublicSubmission = "public-submission";
}
