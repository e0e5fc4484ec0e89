using LawyerWork.Modules.Registry.Contracts;

namespace LawyerWork.Modules.Registry.Regions;

/// <summary>
/// Reads the region reference files embedded in this assembly (see Regions/Data/SOURCE.md).
/// A malformed file fails loudly at model building, so a bad edit never reaches a migration.
/// </summary>
internal static class RegionSeed
{
    public const string OfficialFile = "regions-jilin.csv";
    public const string InternalFile = "regions-internal.csv";

    private static readonly Lazy<IReadOnlyList<Region>> All = new(() =>
        [.. Read(OfficialFile, internalCodes: false), .. Read(InternalFile, internalCodes: true)]);

    public static IReadOnlyList<Region> Regions => All.Value;

    internal static IEnumerable<Region> Read(string file, bool internalCodes)
    {
        using var stream = typeof(RegionSeed).Assembly.GetManifestResourceStream($"LawyerWork.Registry.{file}")
            ?? throw new InvalidOperationException($"Embedded region file {file} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader, internalCodes, file).ToList();
    }

    internal static IEnumerable<Region> Parse(TextReader reader, bool internalCodes, string source)
    {
        var header = reader.ReadLine();
        if (header != "code,name,parent_code,level,note")
        {
            throw new FormatException($"{source}: unexpected header '{header}'.");
        }

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = SplitCsvLine(line);
            if (fields.Count != 5 || fields[0].Length != 6 || !fields[0].All(char.IsAsciiDigit))
            {
                throw new FormatException($"{source}:{lineNumber}: expected a six-digit code and five fields.");
            }

            var level = fields[3] switch
            {
                "province" => RegionLevel.Province,
                "prefecture" => RegionLevel.Prefecture,
                "county" => RegionLevel.County,
                "functional_zone" => RegionLevel.FunctionalZone,
                var other => throw new FormatException($"{source}:{lineNumber}: unknown level '{other}'."),
            };
            yield return new Region
            {
                Code = fields[0],
                Name = fields[1],
                ParentCode = fields[2].Length == 0 ? null : fields[2],
                Level = level,
                CodeKind = internalCodes ? RegionCodeKind.Internal
                    : level == RegionLevel.FunctionalZone ? RegionCodeKind.Statistical
                    : RegionCodeKind.Administrative,
                Note = fields[4].Length == 0 ? null : fields[4],
            };
        }
    }

    // RFC 4180 fields: quoted fields may hold commas and doubled quotes.
    internal static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
