using BenchmarkDotNet.Attributes;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Features.Firms;
using LawyerWork.Modules.Registry.Features.Lawyers;
using LawyerWork.Modules.Registry.Features.Regions;
using LawyerWork.Modules.Registry.Regions;

namespace LawyerWork.Benchmarks.Micro;

/// <summary>
/// The mappings from loaded aggregates to answers: a lawyer to LawyerDetails (every lawyer GET and write
/// answers with it; masked for callers without registry.personal-data.read, unmasked with it), a firm to
/// FirmDetails, and the one Mapperly mapper (RegionMapper, a region to RegionSummary). The database half
/// (the region's name) is given. The list rows (LawyerSummary, FirmSummary) are projected in SQL, so they
/// have no in-memory mapping to measure.
/// </summary>
[MemoryDiagnoser]
public class MapperBenchmarks
{
    private Lawyer lawyer = null!;
    private Firm firm = null!;
    private readonly Region region = new()
    {
        Code = Samples.County, Name = Samples.CountyName, ParentCode = "220100", Level = RegionLevel.County, CodeKind = RegionCodeKind.Administrative,
    };

    [GlobalSetup]
    public void Setup()
    {
        lawyer = Samples.Lawyer();
        firm = Samples.Firm();
    }

    [Benchmark(Description = "Lawyer → LawyerDetails, masked")]
    public LawyerDetails LawyerDetailsMasked() => lawyer.ToDetails(Samples.CountyName, unmasked: false);

    [Benchmark(Description = "Lawyer → LawyerDetails, unmasked")]
    public LawyerDetails LawyerDetailsUnmasked() => lawyer.ToDetails(Samples.CountyName, unmasked: true);

    [Benchmark(Description = "Firm → FirmDetails")]
    public FirmDetails FirmDetails() => firm.ToDetails(Samples.CountyName);

    [Benchmark(Description = "Region → RegionSummary (Mapperly)")]
    public RegionSummary RegionSummary() => region.ToSummary();
}
