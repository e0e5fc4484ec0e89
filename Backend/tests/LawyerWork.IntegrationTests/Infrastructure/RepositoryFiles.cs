namespace LawyerWork.IntegrationTests.Infrastructure;

public static class RepositoryFiles
{
    /// <summary>The repository's root: the nearest folder above the test binaries that holds build.ps1.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "build.ps1")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("No build.ps1 above " + AppContext.BaseDirectory);
        }
    }

    public static string PathOf(string relative) => Path.Combine(Root, relative);
}
