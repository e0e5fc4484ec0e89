namespace LawyerWork.Modules.Registry.Domain;

/// <summary>A record kept in a region of the register (a firm, a lawyer): what the region filters read.</summary>
internal interface IRegional
{
    string RegionCode { get; }
}
