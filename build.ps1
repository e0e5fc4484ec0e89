#!/usr/bin/env pwsh
# LawyerWork's one entry point. Run it through the repository's own PowerShell:
#   dotnet tool restore && dotnet pwsh ./build.ps1 <verb> [options]
# Verbs: run, test, openapi, migrate, clean. `dotnet pwsh ./build.ps1 <verb> -Help` explains one.
[CmdletBinding(PositionalBinding = $false)]
param(
    [Parameter(Position = 0)]
    [ValidateSet('run', 'test', 'bench', 'openapi', 'migrate', 'migrations-add', 'seed-demo', 'create-admin', 'audit-verify', 'clean', 'help')]
    [string] $Verb = 'help',

    # run: the port the host listens on (127.0.0.1 only).
    [int] $Port = 5080,

    # run: also start the simulated external systems on http://127.0.0.1:5180 and point the host at them.
    [switch] $WithSimulators,

    # bench: the data scale (national: 700,000 lawyers; province: 20,000) and one scenario, or all.
    [ValidateSet('national', 'province')]
    [string] $Scale = 'province',
    [string] $Scenario = '',

    # migrate, bench: the provider (and for migrate the connection string); default the embedded SQLite file.
    [ValidateSet('Sqlite', 'SqlServer', 'PostgreSql')]
    [string] $Provider = 'Sqlite',
    [string] $Connection = '',

    # migrations-add: the migration's name and the contexts (modules) it is for.
    [string] $Name = '',
    [ValidateSet('Registry', 'Supervision', 'Integration', 'Access', 'Audit')]
    [string[]] $Context = @(),

    # seed-demo: how many lawyers the demo register gets (firms follow at about 17 lawyers each).
    [int] $Lawyers = 2000,

    # create-admin: the first administrator's user name (password from LAWYERWORK_ADMIN_PASSWORD, else random and shown once).
    [string] $UserName = 'admin',

    # test: skip the browser (Chromium) suite, e.g. on a machine without apt-get.
    [switch] $SkipBrowser,

    # test: skip the second run of the integration suite on a throw-away PostgreSQL server (said loudly).
    [switch] $SkipPostgres,

    # clean: also delete the embedded database under data/.
    [switch] $Data,

    [switch] $Help
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$PSNativeCommandUseErrorActionPreference = $true

$Root = $PSScriptRoot
$Backend = Join-Path $Root 'Backend'
$Frontend = Join-Path $Root 'Frontend'
$Artifacts = Join-Path $Root 'artifacts'
$Solution = Join-Path $Backend 'LawyerWork.slnx'
$HostProject = Join-Path $Backend 'src/LawyerWork.Host/LawyerWork.Host.csproj'
$HostDll = Join-Path $Backend 'src/LawyerWork.Host/bin/Release/net10.0/LawyerWork.Host.dll'
$SimulatorsDll = Join-Path $Backend 'simulators/LawyerWork.Simulators/bin/Release/net10.0/LawyerWork.Simulators.dll'
$SimulatorsUrl = 'http://127.0.0.1:5180'
$OpenApiDocument = Join-Path $Root 'docs/api/openapi.v1.json'
$DefaultDatabase = 'Data Source=' + (Join-Path $Root 'data/lawyerwork.db')

$HelpText = @{
    help    = @'
build.ps1 — LawyerWork's build entry point.
  run      build the API and the SPA, migrate the embedded database, serve both at http://127.0.0.1:5080
  test     run every suite (unit, integration, architecture, SPA, browser) and print "N passed, N failed"
  bench    measure the product against a raw baseline in the same run (-Scale national|province -Provider Sqlite|PostgreSql -Scenario name)
  openapi  regenerate docs/api/openapi.v1.json, the event catalogue (docs/integration/events.md) and the SPA's API types from the code
  migrate  apply every module's migrations to a database
  migrations-add  add a migration to all three providers at once (-Name N -Context Registry)
  create-admin  create the first system administrator (-UserName admin)
  audit-verify  seal pending audit records and verify the chain against the latest checkpoint
  seed-demo  fill an empty register with deterministic demo firms and lawyers (-Lawyers N)
  clean    delete build output (and with -Data the embedded database)
Each verb explains itself with -Help, e.g. `dotnet pwsh ./build.ps1 run -Help`.
'@
    run     = @'
build.ps1 run [-Port 5080] [-WithSimulators]
  Restores and builds the host (Release), installs the SPA's packages and builds the SPA when its
  sources changed, migrates the embedded SQLite database under data/ (schema and reference data such
  as Jilin's regions), then serves the API and the SPA on http://127.0.0.1:<Port> in the Development
  environment until Ctrl+C. The URL is printed once the host answers /health/ready.
  -WithSimulators also starts the simulated external systems (national lawyer-management system,
  webhook receivers; docs/integration/simulators.md) on http://127.0.0.1:5180, points the host at them
  (Integration__National__BaseUrl, Integration__National__Token, Webhooks__AllowedTargets__0) and
  stops them when the run ends.
'@
    bench   = @'
build.ps1 bench [-Scale national|province] [-Provider Sqlite|PostgreSql] [-Scenario name]
  Builds Release; makes (or reuses and migrates, keyed by scale and demo seed, under artifacts/bench) a
  SQLite benchmark database with the host's own --seed-demo; for PostgreSql starts a throw-away server
  with durable settings, migrates it and fills it from that SQLite database by binary COPY;
  starts the product in the Benchmark environment (production code paths, https on loopback with a
  certificate and keys made for the run, rate limits raised) and the raw baseline
  (Backend/benchmarks/LawyerWork.Benchmarks.Baseline) on the same database; signs in a demo
  provincial officer; runs each scenario through the load generator on both, failing on any non-2xx;
  stops everything and writes docs/benchmarks/results-<provider>-<scale>.md and .json. Scenarios:
  public-certificate, public-name-region, public-open-loop, public-cached, lawyer-detail,
  list-paging, writes, export, startup. Exits 1 when a target is missed. Backend/benchmarks/README.md.
'@
    test    = @'
build.ps1 test [-SkipBrowser] [-SkipPostgres]
  Installs what the tests need when it is missing (npm packages; Debian's chromium, fonts-noto-cjk and
  postgresql through apt-get when run as root, else it names the command to run), builds everything,
  then runs: the .NET suites (unit, integration through HTTP on a real SQLite database, architecture),
  the integration suite again on a throw-away PostgreSQL server (initdb into a temporary folder, on
  127.0.0.1 and a free port, removed at the end, also on failure), the SPA's
  Vitest suite, the stale-types check, and the browser suite (playwright-core driving Debian's
  Chromium against a host started on a free port with a fresh database). Ends with one line
  "N passed, N failed" over all suites and exits non-zero on any failure.
'@
    openapi = @'
build.ps1 openapi
  Builds the host and writes its OpenAPI document to docs/api/openapi.v1.json with the Swashbuckle
  CLI (without starting the host or touching a database), then regenerates the SPA's types
  (Frontend/src/shared/api/schema.d.ts). Commit both; `test` fails while either is stale.
'@
    migrate = @'
build.ps1 migrate [-Provider Sqlite] [-Connection "Data Source=data/lawyerwork.db"]
  Applies every module's pending migrations (schema and reference data) and exits. Without
  -Connection it migrates the embedded database under data/.
'@
    'migrations-add' = @'
build.ps1 migrations-add -Name AddSomething -Context Registry[,Access,Audit]
  Adds the migration to the SQLite, PostgreSQL and SQL Server migrations assemblies in one go, so the
  three never drift (a test fails when any provider's snapshot differs from the model). Review all
  three generated files: a provider may need a hand-written step the others do not.
'@
    'seed-demo' = @'
build.ps1 seed-demo [-Lawyers 2000] [-Connection "Data Source=data/lawyerwork.db"]
  Migrates, then fills an EMPTY register with a deterministic demo population (fixed seed: the same
  -Lawyers always gives the same names and numbers): firms spread over Jilin's regions by
  population, about 17 lawyers per firm, valid USCCs, certificate and ID numbers, transfer
  histories, some suspended and cancelled lawyers. 700000 reaches benchmark scale (a national
  volume on Jilin's tree). Runs in the Development environment; the host refuses it in Production.
'@
    'create-admin' = @'
build.ps1 create-admin [-UserName admin] [-Connection "Data Source=data/lawyerwork.db"]
  Migrates, then creates a system administrator for the whole province. The password comes from the
  environment variable LAWYERWORK_ADMIN_PASSWORD, or is random and printed once. There is no default
  password in any build. The administrator must set up TOTP at first sign-in.
'@
    'audit-verify' = @'
build.ps1 audit-verify [-Connection "Data Source=data/lawyerwork.db"]
  Seals pending audit records, recomputes the whole HMAC chain, compares it with the latest signed
  checkpoint and prints the result (first record altered, removed or inserted; unsealed count).
  Exits 1 when the chain is broken. Uses the Audit:* keys of the environment's configuration.
'@
    clean   = @'
build.ps1 clean [-Data]
  Deletes bin/, obj/, artifacts/ and the SPA's dist/. With -Data also deletes data/ (the embedded
  database: all local records are lost).
'@
}

function Write-Step([string] $Message) { Write-Host "==> $Message" -ForegroundColor Cyan }

function Invoke-Native([string] $Command, [string[]] $Arguments, [string] $WorkingDirectory = $Root) {
    Push-Location $WorkingDirectory
    try {
        & $Command @Arguments
        # Checked here, not left to $PSNativeCommandUseErrorActionPreference: a failing tool must stop the build.
        if ($LASTEXITCODE -ne 0) { throw "$Command $($Arguments -join ' ') exited with $LASTEXITCODE" }
    } finally { Pop-Location }
}

function Build-Backend {
    Write-Step 'Building the .NET solution (Release)'
    Invoke-Native dotnet @('build', $Solution, '-c', 'Release', '-nologo', '-v', 'minimal')
}

function Install-FrontendPackages {
    $lock = Join-Path $Frontend 'package-lock.json'
    $marker = Join-Path $Frontend 'node_modules/.package-lock.json'
    if (-not (Test-Path $marker) -or (Get-Item $lock).LastWriteTimeUtc -gt (Get-Item -Force $marker).LastWriteTimeUtc) {
        Write-Step 'Installing the SPA packages (npm ci)'
        $env:PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1'
        Invoke-Native npm @('ci', '--no-audit', '--no-fund') $Frontend
    }
}

function Build-Frontend([switch] $Force) {
    Install-FrontendPackages
    $index = Join-Path $Frontend 'dist/index.html'
    $sources = @('src', 'public', 'index.html', 'package.json', 'package-lock.json', 'vite.config.ts', 'tsconfig.json', 'tsconfig.app.json') |
        ForEach-Object { Join-Path $Frontend $_ } | Where-Object { Test-Path $_ } |
        ForEach-Object { if ((Get-Item $_).PSIsContainer) { Get-ChildItem $_ -Recurse -File } else { Get-Item $_ } }
    $newest = ($sources | Measure-Object -Property LastWriteTimeUtc -Maximum).Maximum
    if ($Force -or -not (Test-Path $index) -or $newest -gt (Get-Item $index).LastWriteTimeUtc) {
        Write-Step 'Building the SPA'
        Invoke-Native npm @('run', 'build') $Frontend
    } else {
        Write-Host 'SPA is up to date.'
    }
}

function Invoke-Migrations([string] $ProviderName, [string] $ConnectionString) {
    Write-Step "Migrating the database ($ProviderName)"
    $env:Database__Provider = $ProviderName
    $env:ConnectionStrings__LawyerWork = $ConnectionString
    try {
        Invoke-Native dotnet @($HostDll, '--migrate-only')
    } finally {
        Remove-Item Env:Database__Provider, Env:ConnectionStrings__LawyerWork -ErrorAction SilentlyContinue
    }
}

# Polls a URL until it answers 200, the process exits or a minute passes.
function Wait-Ready([string] $Url, [Diagnostics.Process] $Process, [string] $What) {
    $deadline = (Get-Date).AddSeconds(60)
    $ready = $false
    while (-not $ready -and -not $Process.HasExited -and (Get-Date) -lt $deadline) {
        try {
            $ready = (Invoke-WebRequest $Url -SkipHttpErrorCheck -TimeoutSec 2).StatusCode -eq 200
        } catch { Start-Sleep -Milliseconds 500 }
        if (-not $ready) { Start-Sleep -Milliseconds 250 }
    }
    if (-not $ready) { throw "$What did not become ready at $Url." }
}

function Start-Simulators {
    # Otherwise a simulator left running from an earlier run would answer the readiness check, and
    # ours would fail to bind unnoticed.
    $busy = $false
    try { $busy = (Invoke-WebRequest "$SimulatorsUrl/health" -SkipHttpErrorCheck -TimeoutSec 2).StatusCode -gt 0 } catch { <# refused: the port is free #> }
    if ($busy) { throw "Something already listens on $SimulatorsUrl; stop it first." }
    Write-Step "Starting the simulators at $SimulatorsUrl"
    $simulators = Start-Process dotnet -ArgumentList @($SimulatorsDll, '--urls', $SimulatorsUrl) -WorkingDirectory $Root -NoNewWindow -PassThru
    Wait-Ready "$SimulatorsUrl/health" $simulators 'The simulators'
    return $simulators
}

function Invoke-Run {
    Invoke-Native dotnet @('restore', $Solution, '-v', 'minimal')
    Build-Backend
    Build-Frontend
    Invoke-Migrations 'Sqlite' $DefaultDatabase

    $url = "http://127.0.0.1:$Port"
    $simulators = $null
    $process = $null
    $simulatorSettings = @{
        Integration__National__BaseUrl = "$SimulatorsUrl/national/"
        Integration__National__Token   = 'simulator-token'
        Webhooks__AllowedTargets__0    = $SimulatorsUrl
    }
    try {
        if ($WithSimulators) {
            $simulators = Start-Simulators
            foreach ($key in $simulatorSettings.Keys) { Set-Item "Env:$key" $simulatorSettings[$key] }
        }

        Write-Step "Starting LawyerWork at $url"
        $env:ASPNETCORE_ENVIRONMENT = 'Development'
        $env:Database__Provider = 'Sqlite'
        $env:ConnectionStrings__LawyerWork = $DefaultDatabase
        $env:Spa__RootPath = Join-Path $Frontend 'dist'
        $process = Start-Process dotnet -ArgumentList @($HostDll, '--urls', $url) -WorkingDirectory $Root -NoNewWindow -PassThru
        Wait-Ready "$url/health/ready" $process 'The host'
        Write-Host ''
        Write-Host "  LawyerWork is running at $url   (API docs: $url/swagger; Ctrl+C stops it)" -ForegroundColor Green
        if ($simulators) {
            Write-Host "  Simulators at $SimulatorsUrl   (national: $SimulatorsUrl/national/, webhooks: $SimulatorsUrl/webhooks/{name}, control: $SimulatorsUrl/_control/)" -ForegroundColor Green
        }
        Write-Host ''
        $process.WaitForExit()
    } finally {
        if ($process -and -not $process.HasExited) { $process.Kill($true) }
        if ($simulators -and -not $simulators.HasExited) { $simulators.Kill($true) }
        foreach ($key in $simulatorSettings.Keys) { Remove-Item "Env:$key" -ErrorAction SilentlyContinue }
    }
}

function Install-BrowserPrerequisites {
    $chromium = Get-Command chromium -ErrorAction SilentlyContinue
    $fonts = Test-Path '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
    if ($chromium -and $fonts) { return $chromium.Source }
    $isRoot = (& id -u) -eq '0'
    if (-not $isRoot) {
        throw "The browser tests need Debian's chromium and fonts-noto-cjk: run 'sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk', or pass -SkipBrowser."
    }
    Write-Step "Installing Debian's chromium and fonts-noto-cjk (apt-get)"
    $env:DEBIAN_FRONTEND = 'noninteractive'
    Invoke-Native apt-get @('update', '-qq')
    Invoke-Native apt-get @('install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk')
    return (Get-Command chromium).Source
}

# Totals over every suite; each runner leaves a machine-readable result that is read here.
$script:Totals = [ordered]@{ Passed = 0; Failed = 0; Skipped = 0 }
$script:FailedSuites = [System.Collections.Generic.List[string]]::new()

function Add-Result([string] $Suite, [int] $Passed, [int] $Failed, [int] $Skipped, [bool] $RunnerFailed) {
    $script:Totals.Passed += $Passed
    $script:Totals.Failed += $Failed
    $script:Totals.Skipped += $Skipped
    Write-Host ("  {0}: {1} passed, {2} failed, {3} skipped" -f $Suite, $Passed, $Failed, $Skipped)
    if ($Failed -gt 0 -or $RunnerFailed) { $script:FailedSuites.Add($Suite) }
}

function Invoke-DotnetTests([string] $Project = $Solution, [string] $Label = '') {
    $results = Join-Path $Artifacts ('test-results/dotnet' + $(if ($Label) { "-$Label" } else { '' }))
    Remove-Item $results -Recurse -Force -ErrorAction SilentlyContinue
    Write-Step ('Running the .NET suites' + $(if ($Label) { " on $Label" } else { '' }))
    $failed = $false
    try {
        Invoke-Native dotnet @('test', $Project, '-c', 'Release', '--no-build', '--nologo',
            '--logger', 'trx', '--logger', 'console;verbosity=minimal', '--results-directory', $results)
    } catch { $failed = $true }
    $trx = @(Get-ChildItem $results -Filter *.trx -ErrorAction SilentlyContinue)
    if ($trx.Count -eq 0) { Add-Result '.NET' 0 0 0 $true; return }
    foreach ($file in $trx) {
        [xml] $doc = Get-Content -LiteralPath $file.FullName
        $counters = $doc.TestRun.ResultSummary.Counters
        $name = ($doc.TestRun.TestDefinitions.UnitTest | Select-Object -First 1).Storage
        $suite = if ($name) { [IO.Path]::GetFileNameWithoutExtension($name) } else { $file.BaseName }
        if ($Label) { $suite += " ($Label)" }
        Add-Result $suite ([int]$counters.passed) ([int]$counters.failed) ([int]$counters.notExecuted) $false
    }
    if ($failed -and $script:FailedSuites.Count -eq 0) { $script:FailedSuites.Add('.NET (runner)') }
}

function Invoke-Vitest([string] $Suite, [string] $Config, [hashtable] $Environment = @{}) {
    $output = Join-Path $Artifacts "test-results/$Suite.json"
    Remove-Item $output -ErrorAction SilentlyContinue
    Write-Step "Running the $Suite suite"
    $failed = $false
    foreach ($key in $Environment.Keys) { Set-Item "Env:$key" $Environment[$key] }
    try {
        Invoke-Native (Join-Path $Frontend 'node_modules/.bin/vitest') @('run', '--config', $Config,
            '--reporter=default', '--reporter=json', "--outputFile=$output") $Frontend
    } catch { $failed = $true }
    finally { foreach ($key in $Environment.Keys) { Remove-Item "Env:$key" -ErrorAction SilentlyContinue } }
    if (-not (Test-Path $output)) { Add-Result $Suite 0 0 0 $true; return }
    $json = Get-Content $output -Raw | ConvertFrom-Json
    Add-Result $Suite $json.numPassedTests $json.numFailedTests ($json.numPendingTests + $json.numTodoTests) $failed
}

function Invoke-Check([string] $Suite, [scriptblock] $Check) {
    Write-Step "Checking: $Suite"
    try { & $Check; Add-Result $Suite 1 0 0 $false } catch { Write-Host $_ -ForegroundColor Red; Add-Result $Suite 0 1 0 $false }
}

function Get-PostgresBin {
    $initdb = Get-ChildItem '/usr/lib/postgresql/*/bin/initdb' -ErrorAction SilentlyContinue |
        Sort-Object { [int]($_.Directory.Parent.Name) } -Descending | Select-Object -First 1
    if ($initdb) { return $initdb.Directory.FullName }
    if ((& id -u) -ne '0') {
        throw "The PostgreSQL suite needs Debian's PostgreSQL server: run 'sudo apt-get install -y postgresql', or pass -SkipPostgres."
    }
    Write-Step "Installing Debian's PostgreSQL server (apt-get)"
    $env:DEBIAN_FRONTEND = 'noninteractive'
    Invoke-Native apt-get @('update', '-qq')
    Invoke-Native apt-get @('install', '-y', '-qq', '--no-install-recommends', 'postgresql')
    return Get-PostgresBin
}

function Get-FreePort {
    $listener = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try { return $listener.LocalEndpoint.Port } finally { $listener.Stop() }
}

# A throw-away server: a temporary cluster on 127.0.0.1 and a free port, with durability switched
# off (fsync, synchronous commit) because nothing in it outlives the run. PostgreSQL refuses to run
# as root, so as root the cluster belongs to the postgres user.
function Start-TestPostgres {
    # -Durable: the benchmark's server keeps PostgreSQL's durable defaults (fsync, synchronous commit), as production
    # does, and a production-sized buffer cache; the tests' server trades durability for speed.
    param([switch] $Durable)
    $bin = Get-PostgresBin
    $folder = Join-Path ([IO.Path]::GetTempPath()) ("lawyerwork-pg-" + [Guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $folder | Out-Null
    $asRoot = (& id -u) -eq '0'
    $prefix = @()
    if ($asRoot) {
        Invoke-Native chown @('postgres:postgres', $folder)
        $prefix = @('runuser', '-u', 'postgres', '--')
    }
    $port = Get-FreePort
    $server = @{ Folder = $folder; Prefix = $prefix; Bin = $bin; Port = $port }
    # Known before anything starts, so the caller's finally removes it even when start-up fails half-way.
    $script:TestPostgres = $server
    Write-Step "Starting a throw-away PostgreSQL server on 127.0.0.1:$port"
    $data = Join-Path $folder 'data'
    $run = { param([string] $tool, [string[]] $arguments)
        $all = $prefix + @((Join-Path $bin $tool)) + $arguments
        Invoke-Native $all[0] ([string[]]($all | Select-Object -Skip 1)) $folder }
    # Output goes to the host: anything left in the pipeline would become part of the return value.
    & $run 'initdb' @('-D', $data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync') | Out-Host
    $options = "-c listen_addresses=127.0.0.1 -p $port -k $folder -c max_connections=400"
    $options += if ($Durable) { ' -c shared_buffers=2GB -c effective_cache_size=8GB' } else { ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off' }
    & $run 'pg_ctl' @('-D', $data, '-l', (Join-Path $folder 'server.log'), '-o', $options, '-w', '-t', '60', 'start') | Out-Host
    return $server
}

function Stop-TestPostgres($server) {
    if (-not $server) { return }
    $script:TestPostgres = $null
    Write-Step 'Stopping the throw-away PostgreSQL server'
    $all = $server.Prefix + @((Join-Path $server.Bin 'pg_ctl'), '-D', (Join-Path $server.Folder 'data'), '-m', 'immediate', 'stop')
    try { & $all[0] ($all | Select-Object -Skip 1) | Out-Null } catch { Write-Host "pg_ctl stop: $_" -ForegroundColor Yellow }
    Remove-Item $server.Folder -Recurse -Force -ErrorAction SilentlyContinue
}

function Invoke-PostgresSuite {
    $script:TestPostgres = $null
    try {
        $server = Start-TestPostgres
        $env:LAWYERWORK_TEST_POSTGRES = "Host=127.0.0.1;Port=$($server.Port);Username=postgres;Database=postgres"
        Invoke-DotnetTests -Project (Join-Path $Backend 'tests/LawyerWork.IntegrationTests/LawyerWork.IntegrationTests.csproj') -Label 'PostgreSQL'
    } catch {
        Write-Host $_ -ForegroundColor Red
        Add-Result 'IntegrationTests (PostgreSQL)' 0 0 0 $true
    } finally {
        Remove-Item Env:LAWYERWORK_TEST_POSTGRES -ErrorAction SilentlyContinue
        Stop-TestPostgres $script:TestPostgres
    }
}

function Invoke-Test {
    New-Item -ItemType Directory -Force -Path (Join-Path $Artifacts 'test-results') | Out-Null
    $chromium = if ($SkipBrowser) { $null } else { Install-BrowserPrerequisites }
    Invoke-Native dotnet @('restore', $Solution, '-v', 'minimal')
    Build-Backend
    Build-Frontend -Force

    Invoke-DotnetTests
    if ($SkipPostgres) {
        Write-Host 'PostgreSQL suite skipped (-SkipPostgres): the integration tests ran on SQLite only.' -ForegroundColor Yellow
    } else {
        Invoke-PostgresSuite
    }
    Invoke-Check 'SPA API types match docs/api/openapi.v1.json' { Invoke-Native npm @('run', '--silent', 'check:api') $Frontend }
    Invoke-Vitest 'spa-unit' 'vitest.config.ts'
    if ($SkipBrowser) {
        Write-Host 'Browser suite skipped (-SkipBrowser).' -ForegroundColor Yellow
    } else {
        Invoke-Vitest 'browser' 'e2e/vitest.config.ts' @{
            LAWYERWORK_HOST_DLL = $HostDll
            CHROMIUM_PATH       = $chromium
        }
    }

    Write-Host ''
    if ($script:FailedSuites.Count -gt 0) { Write-Host ('Failed suites: ' + ($script:FailedSuites -join ', ')) -ForegroundColor Red }
    $line = '{0} passed, {1} failed' -f $script:Totals.Passed, $script:Totals.Failed
    if ($script:Totals.Skipped -gt 0) { $line += ', {0} skipped' -f $script:Totals.Skipped }
    Write-Host $line
    if ($script:FailedSuites.Count -gt 0 -or $script:Totals.Failed -gt 0 -or $script:Totals.Passed -eq 0) { exit 1 }
}

function Invoke-Bench {
    if ($Provider -eq 'SqlServer') { throw 'bench runs on Sqlite or PostgreSql.' }
    Build-Backend
    $runner = Join-Path $Backend 'benchmarks/LawyerWork.Benchmarks.Runner/bin/Release/net10.0/LawyerWork.Benchmarks.Runner.dll'
    $arguments = @($runner, '--root', $Root, '--provider', $Provider, '--scale', $Scale)
    if ($Scenario) { $arguments += @('--scenario', $Scenario) }
    $script:TestPostgres = $null
    try {
        if ($Provider -eq 'PostgreSql') {
            # A throw-away server with production's durability: the runner fills it from the SQLite benchmark database by binary COPY.
            $server = Start-TestPostgres -Durable
            $arguments += @('--postgres', "Host=127.0.0.1;Port=$($server.Port);Username=postgres;Database=postgres")
        }
        Write-Step "Benchmarking on $Provider at $Scale scale (docs/benchmarks/results-$($Provider.ToLowerInvariant())-$Scale.md)"
        Invoke-Native dotnet $arguments $Root
    } finally {
        Stop-TestPostgres $script:TestPostgres
    }
}

function Invoke-OpenApi {
    Build-Backend
    Write-Step 'Writing docs/api/openapi.v1.json'
    # The CLI builds the host's services without starting it: no database is touched. It runs as
    # Development because the composition needs token keys, and only Development has keys in the repository.
    $env:Logging__LogLevel__Default = 'Warning'
    $env:ASPNETCORE_ENVIRONMENT = 'Development'
    try {
        Invoke-Native dotnet @('tool', 'run', 'swagger', 'tofile', '--output', $OpenApiDocument, $HostDll, 'v1')
    } finally { Remove-Item Env:Logging__LogLevel__Default, Env:ASPNETCORE_ENVIRONMENT -ErrorAction SilentlyContinue }
    Write-Step 'Writing docs/integration/events.md (the event catalogue)'
    Invoke-Native dotnet @($HostDll, '--event-catalogue', (Join-Path $Root 'docs/integration/events.md'))
    Install-FrontendPackages
    Write-Step 'Regenerating the SPA API types'
    Invoke-Native npm @('run', 'gen:api') $Frontend
}

function Invoke-Migrate {
    Build-Backend
    Invoke-Migrations $Provider ($(if ($Connection) { $Connection } else { $DefaultDatabase }))
}

function Invoke-MigrationsAdd {
    if (-not $Name -or $Context.Count -eq 0) { throw 'migrations-add needs -Name and -Context (see -Help).' }
    Build-Backend
    foreach ($module in $Context) {
        foreach ($providerName in @('Sqlite', 'PostgreSql', 'SqlServer')) {
            $project = Join-Path $Backend "src/Migrations/LawyerWork.Migrations.$providerName/LawyerWork.Migrations.$providerName.csproj"
            Write-Step "Adding migration $Name for $module on $providerName"
            Invoke-Native dotnet @('tool', 'run', 'dotnet-ef', 'migrations', 'add', $Name, '--project', $project,
                '--startup-project', $project, '--context', "${module}DbContext", '--output-dir', $module)
        }
    }
}

function Invoke-SeedDemo {
    Build-Backend
    $target = if ($Connection) { $Connection } else { $DefaultDatabase }
    Write-Step "Seeding a demo register of $Lawyers lawyers"
    $env:ASPNETCORE_ENVIRONMENT = 'Development'
    $env:Database__Provider = $Provider
    $env:ConnectionStrings__LawyerWork = $target
    $watch = [Diagnostics.Stopwatch]::StartNew()
    try {
        Invoke-Native dotnet @($HostDll, '--seed-demo', "$Lawyers")
    } finally {
        Remove-Item Env:ASPNETCORE_ENVIRONMENT, Env:Database__Provider, Env:ConnectionStrings__LawyerWork -ErrorAction SilentlyContinue
    }
    Write-Host ("Seeded in {0:0.0} s" -f $watch.Elapsed.TotalSeconds)
}

function Invoke-CreateAdmin {
    Build-Backend
    # The embedded database is a developer's: use Development's configuration unless told otherwise.
    if (-not $env:ASPNETCORE_ENVIRONMENT) { $env:ASPNETCORE_ENVIRONMENT = 'Development' }
    $env:ConnectionStrings__LawyerWork = if ($Connection) { $Connection } else { $DefaultDatabase }
    $env:Database__Provider = $Provider
    try {
        Invoke-Native dotnet @($HostDll, '--create-admin', $UserName)
    } finally {
        Remove-Item Env:ConnectionStrings__LawyerWork, Env:Database__Provider -ErrorAction SilentlyContinue
    }
}

function Invoke-AuditVerify {
    Build-Backend
    # The embedded database is a developer's: use Development's configuration unless told otherwise.
    if (-not $env:ASPNETCORE_ENVIRONMENT) { $env:ASPNETCORE_ENVIRONMENT = 'Development' }
    $env:ConnectionStrings__LawyerWork = if ($Connection) { $Connection } else { $DefaultDatabase }
    $env:Database__Provider = $Provider
    try {
        Invoke-Native dotnet @($HostDll, '--audit-verify')
    } finally {
        Remove-Item Env:ConnectionStrings__LawyerWork, Env:Database__Provider -ErrorAction SilentlyContinue
    }
}

function Invoke-Clean {
    Write-Step 'Removing build output'
    Get-ChildItem $Backend -Recurse -Directory -Include bin, obj | Remove-Item -Recurse -Force
    Remove-Item (Join-Path $Frontend 'dist'), $Artifacts -Recurse -Force -ErrorAction SilentlyContinue
    if ($Data) {
        Write-Step 'Removing the embedded database (data/)'
        Remove-Item (Join-Path $Root 'data') -Recurse -Force -ErrorAction SilentlyContinue
    }
}

if ($Help -or $Verb -eq 'help') {
    Write-Host $HelpText[$Verb]
    exit 0
}

switch ($Verb) {
    'run' { Invoke-Run }
    'test' { Invoke-Test }
    'bench' { Invoke-Bench }
    'openapi' { Invoke-OpenApi }
    'migrate' { Invoke-Migrate }
    'migrations-add' { Invoke-MigrationsAdd }
    'seed-demo' { Invoke-SeedDemo }
    'create-admin' { Invoke-CreateAdmin }
    'audit-verify' { Invoke-AuditVerify }
    'clean' { Invoke-Clean }
}
