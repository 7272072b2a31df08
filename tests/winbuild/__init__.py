"""The Windows installer recipe, checked fast: the wheel, the WiX source, a small MSI read back."""
