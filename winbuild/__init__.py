"""The Windows installer of Samvad Setu: one MSI per district, built and checked on Linux.

``python -m winbuild msi --district kannauj`` (``make msi``) downloads the
Windows wheels, unpacks them with the application's own wheel and the Windows
Python runtime into one bundle (cached under ``build/msi/``, so the next
district reuses it), writes the WiX source and builds the MSI with ``wixl``.
``python -m winbuild check`` (``make msi-check``) reads the MSI's tables back
and installs, upgrades and removes it under wine. The Windows build host route
(PyInstaller + the same WiX source) is in ``winbuild/windows_host/``.
"""
