using System.Diagnostics;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Domain;
using LawyerWork.Modules.Registry.Domain.Identifiers;
using LawyerWork.Modules.Registry.Persistence;
using LawyerWork.Modules.Registry.Regions;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Registry.DemoData;

/// <summary>
/// Fills the register with a realistic, deterministic demo population: firms spread over Jilin's
/// regions by population, about 17 lawyers per firm, valid identifiers, transfer histories, some
/// suspended and cancelled lawyers and some public-sector and corporate lawyers. The same count
/// always gives the same people, numbers and names. Goes through the domain (so firm counts and
/// histories are right) and EF in batches (so memory stays flat at any size).
/// </summary>
internal sealed class DemoRegister(RegistryDbContext db, Action<string> report)
{
    public const int Seed = 20190101;
    private const int FirmsPerBatch = 250;

    // Permanent residents by prefecture, in 10,000s (吉林省第七次全国人口普查公报, 2021, rounded);
    // Changbaishan's administration area has no separate census figure: a small weight stands for it.
    private static readonly Dictionary<string, double> Population = new()
    {
        ["220100"] = 906.7, ["220200"] = 362.4, ["220300"] = 181.5, ["220400"] = 99.7, ["220500"] = 181.2,
        ["220600"] = 95.2, ["220700"] = 225.3, ["220800"] = 155.1, ["222400"] = 194.2, ["229900"] = 6.0,
    };

    private static readonly DateTimeOffset SeededAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Random random = new(Seed);
    private readonly HashSet<string> idNumbers = new(StringComparer.Ordinal);
    private long idTicks = SeededAt.AddYears(-5).ToUnixTimeMilliseconds();
    private int lawyerSequence;
    private int firmSequence;

    public async Task<(int Firms, int Lawyers)> FillAsync(int lawyers, CancellationToken cancellationToken)
    {
        if (await db.Firms.AnyAsync(cancellationToken) || await db.Lawyers.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException("The register already holds firms or lawyers; demo data goes only into an empty register.");
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var counties = CountiesByWeight();
        var watch = Stopwatch.StartNew();
        var made = 0;
        while (made < lawyers)
        {
            var batch = new List<Firm>(FirmsPerBatch);
            for (var i = 0; i < FirmsPerBatch && made < lawyers; i++)
            {
                var region = Pick(counties);
                var size = FirmSize();
                var firm = NewFirm(region, size);
                batch.Add(firm);
                db.Firms.Add(firm);
                for (var j = 0; j < size && made < lawyers; j++, made++)
                {
                    if (random.NextDouble() < 0.05)
                    {
                        db.Lawyers.Add(NewEmployedLawyer(Pick(counties)));
                    }
                    else
                    {
                        db.Lawyers.Add(NewFirmLawyer(firm, batch));
                    }
                }
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            report($"{made:N0} lawyers, {firmSequence:N0} firms ({watch.Elapsed.TotalSeconds:0}s)");
        }

        return (firmSequence, made);
    }

    private Firm NewFirm(string regionCode, int size)
    {
        var n = ++firmSequence;
        var prefecture = RegionCodes.PrefectureOf(regionCode);
        var city = RegionSeed.Regions.Single(r => r.Code == prefecture).Name;
        var cityShort = city.Length > 3 ? city[..2] : city.TrimEnd('市');
        var founded = new DateOnly(1993, 1, 1).AddDays(random.Next(0, 365 * 32));
        var orgCode = $"MA{n:0000000}";
        var usccBody = $"31{regionCode}{orgCode}";
        var form = random.NextDouble() switch
        {
            < 0.72 => OrganisationForm.GeneralPartnership,
            < 0.77 => OrganisationForm.SpecialGeneralPartnership,
            < 0.97 => OrganisationForm.Sole,
            _ => OrganisationForm.StateFunded,
        };
        var input = new FirmDetailsInput(
            $"{cityShort}{DemoNames.FirmBrands[random.Next(DemoNames.FirmBrands.Length)]}{(n % 7 == 0 ? "（" + RegionName(regionCode) + "）" : "")}律师事务所",
            usccBody + UnifiedSocialCreditCode.CheckCharacter(usccBody),
            $"3{prefecture[..4]}{founded.Year}{n:00000000}",
            size > 30 && form == OrganisationForm.Sole ? OrganisationForm.GeneralPartnership : form,
            size switch { > 30 => FirmSizeBand.Large, > 10 => FirmSizeBand.Medium, _ => FirmSizeBand.Small },
            regionCode,
            PersonName(),
            $"{RegionName(regionCode)}{DemoNames.FirmBrands[random.Next(DemoNames.FirmBrands.Length)]}路{random.Next(1, 999)}号",
            $"0{random.Next(431, 440)}-8{random.Next(1000000, 9999999)}",
            founded,
            null);
        return Firm.Register(NextId(), input, SeededAt);
    }

    private Lawyer NewFirmLawyer(Firm firm, List<Firm> batch)
    {
        var category = random.NextDouble() < 0.9 ? LawyerCategory.FullTime : LawyerCategory.PartTime;

        // One lawyer in ten started at another firm of the same batch and transferred: a history.
        var origin = batch.Count > 1 && random.NextDouble() < 0.1 ? batch[random.Next(batch.Count - 1)] : firm;
        var (lawyer, firstYear) = NewLawyer(category, origin.RegionCode, employer: null, origin);
        if (origin != firm)
        {
            var movedOn = lawyer.FirmHistory[0].From.AddDays(random.Next(200, 3000));
            if (movedOn < new DateOnly(2026, 1, 1))
            {
                lawyer.TransferTo(firm, origin, movedOn, SeededAt);
            }
        }

        ApplyStatus(lawyer, firstYear);
        return lawyer;
    }

    private Lawyer NewEmployedLawyer(string regionCode)
    {
        var category = random.NextDouble() < 0.6 ? LawyerCategory.PublicSector : LawyerCategory.Corporate;
        var employer = category == LawyerCategory.PublicSector
            ? RegionName(regionCode) + DemoNames.Employers[random.Next(DemoNames.Employers.Length)]
            : DemoNames.Companies[random.Next(DemoNames.Companies.Length)];
        var (lawyer, firstYear) = NewLawyer(category, regionCode, employer, firm: null);
        ApplyStatus(lawyer, firstYear);
        return lawyer;
    }

    private (Lawyer Lawyer, int FirstYear) NewLawyer(LawyerCategory category, string regionCode, string? employer, Firm? firm)
    {
        var n = ++lawyerSequence;
        var male = random.NextDouble() < 0.62;
        var firstYear = 2024 - (int)Math.Floor(Math.Pow(random.NextDouble(), 1.6) * 34);
        var birth = new DateOnly(firstYear - random.Next(23, 40), 1, 1).AddDays(random.Next(0, 365));
        var prefecture = RegionCodes.PrefectureOf(regionCode);

        // Digit 11 (gender) is written 1/2 here for demo numbers only: its official values are unconfirmed.
        var certificate = $"1{prefecture[..4]}{firstYear}{PracticeCertificateNumber.CategoryDigitFor(category)}{(male ? '1' : '2')}{n:000000}";
        var specialties = Enumerable.Range(0, random.Next(1, 4))
            .Select(_ => (Specialty)random.Next(Enum.GetValues<Specialty>().Length)).Distinct().ToList();
        var foreign = specialties.Contains(Specialty.ForeignRelated) || random.NextDouble() < 0.03;
        var input = new LawyerDetailsInput(
            PersonName(),
            male ? Gender.Male : Gender.Female,
            random.NextDouble() < 0.9 ? $"1{random.Next(3, 10)}{random.Next(0, 1_000_000_000):000000000}" : null,
            category,
            employer,
            firstYear,
            foreign,
            foreign ? ["en"] : [],
            specialties);
        var since = new DateOnly(Math.Max(firstYear, firm?.FoundedOn.Year ?? firstYear), 1, 1).AddDays(random.Next(0, 360));
        var lawyer = Lawyer.Register(NextId(), input, IdNumber(birth, male, regionCode), certificate, firm, regionCode, since, SeededAt);
        return (lawyer, firstYear);
    }

    private void ApplyStatus(Lawyer lawyer, int firstYear)
    {
        var roll = random.NextDouble();
        var on = new DateOnly(Math.Max(firstYear + 1, 2020), 1, 1).AddDays(random.Next(0, 700));
        if (on <= lawyer.FirmHistory.LastOrDefault()?.From || on >= new DateOnly(2026, 1, 1))
        {
            return;
        }

        if (roll < 0.03)
        {
            lawyer.Suspend(on, "行政处罚：停止执业", SeededAt);
        }
        else if (roll < 0.05)
        {
            lawyer.Cancel(on, "本人申请注销", SeededAt);
        }
    }

    private string IdNumber(DateOnly birth, bool male, string regionCode)
    {
        while (true)
        {
            var sequence = random.Next(0, 500) * 2 + (male ? 1 : 0);
            var body = $"{regionCode}{birth:yyyyMMdd}{sequence:000}";
            var number = body + ResidentIdNumber.CheckCharacter(body);
            if (idNumbers.Add(number))
            {
                return number;
            }
        }
    }

    private string PersonName()
    {
        var total = DemoNames.Surnames.Sum(s => s.Weight);
        var roll = random.Next(total);
        var surname = DemoNames.Surnames.First(s => (roll -= s.Weight) < 0).Surname;
        var length = random.NextDouble() < 0.7 ? 2 : 1;
        var given = string.Concat(Enumerable.Range(0, length).Select(_ => DemoNames.GivenNameCharacters[random.Next(DemoNames.GivenNameCharacters.Length)]));
        return surname + given;
    }

    private int FirmSize() => random.NextDouble() switch
    {
        < 0.6 => random.Next(3, 11),
        < 0.9 => random.Next(11, 31),
        _ => random.Next(31, 101),
    };

    private Guid NextId()
    {
        // UUIDv7 by hand (RFC 9562): a millisecond clock that only moves forward, then seeded random bits.
        idTicks++;
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(idTicks >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    private static string RegionName(string code) => RegionSeed.Regions.Single(r => r.Code == code).Name;

    private List<(string Code, double Weight)> CountiesByWeight()
    {
        var counties = new List<(string, double)>();
        foreach (var (prefecture, people) in Population)
        {
            var children = RegionSeed.Regions.Where(r => r.ParentCode == prefecture).ToList();
            if (children.Count == 0)
            {
                counties.Add((prefecture, people));
                continue;
            }

            // Lawyers gather in city districts: a district weighs twice a county, a zone half.
            var weights = children.Select(c => (c.Code, c.Level == RegionLevel.FunctionalZone ? 0.5 : c.Name.EndsWith('区') ? 2.0 : 1.0)).ToList();
            var sum = weights.Sum(w => w.Item2);
            counties.AddRange(weights.Select(w => (w.Code, people * w.Item2 / sum)));
        }

        return counties;
    }

    private string Pick(List<(string Code, double Weight)> weighted)
    {
        var roll = random.NextDouble() * weighted.Sum(w => w.Weight);
        foreach (var (code, weight) in weighted)
        {
            if ((roll -= weight) < 0)
            {
                return code;
            }
        }

        return weighted[^1].Code;
    }
}
