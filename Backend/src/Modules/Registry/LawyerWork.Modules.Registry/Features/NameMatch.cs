namespace LawyerWork.Modules.Registry.Features;

/// <summary>How a name filter matches: <c>prefix</c> uses the index on the normalised column; <c>contains</c> scans.</summary>
public enum NameMatch
{
    Prefix,
    Contains,
}
