using System;
using System.IO;

namespace Copydesk.EndToEnd.Tests;

/// <summary>
/// A consumer project in a temporary folder, outside the repository (so none of its build settings
/// apply), referencing Copydesk from source the way contributors do.
/// </summary>
internal sealed class ConsumerProject : IDisposable
{
    public ConsumerProject(string projectXmlBody)
    {
        Directory = Path.Combine(Path.GetTempPath(), "copydesk-e2e-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        var src = Path.Combine(DotnetBuild.RepositoryRoot, "src");
        Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{src}/Copydesk/build/Copydesk.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{src}/Copydesk/Copydesk.csproj" />
                <ProjectReference Include="{src}/Copydesk.Generators/Copydesk.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            {projectXmlBody}
              <Import Project="{src}/Copydesk/build/Copydesk.targets" />
            </Project>
            """);
    }

    public string Directory { get; }

    public ConsumerProject Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public ConsumerProject WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public (int ExitCode, string Output) Build(params string[] properties)
    {
        var arguments = new System.Collections.Generic.List<string> { "build", "--no-incremental", "-nologo", "-v:q" };
        arguments.AddRange(properties);
        return DotnetBuild.Run(Directory, arguments.ToArray());
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
