@echo off
rem cchc-plan preview cho Windows / for Windows.
rem Kéo thả một tệp kế hoạch .yaml vào tệp này; hoặc nhấp đúp để chọn kế hoạch trong thư mục Documents.
rem Drag a .yaml plan onto this file; or double-click it to pick a plan in the Documents folder.
rem Cần Node.js LTS (https://nodejs.org). Requires Node.js LTS.
setlocal
chcp 65001 >nul
set "CLI=%~dp0..\dist\cli\bin.js"
where node >nul 2>nul
if errorlevel 1 goto nonode
if not exist "%CLI%" goto nocli
if "%~1"=="" goto nofile
cd /d "%~dp1"
node "%CLI%" preview "%~nx1"
goto done

:nofile
if exist "%USERPROFILE%\Documents" (cd /d "%USERPROFILE%\Documents") else (cd /d "%USERPROFILE%")
node "%CLI%" preview
goto done

:nonode
echo Chưa cài Node.js: tải và cài bản LTS từ https://nodejs.org rồi chạy lại.
echo Node.js is not installed: install the LTS version from https://nodejs.org and try again.
pause
exit /b 1

:nocli
echo Không tìm thấy cchc-plan tại "%CLI%".
echo Giữ tệp này trong thư mục scripts của cchc-plan; tạo lối tắt (shortcut) ra màn hình nếu cần.
echo cchc-plan was not found at "%CLI%": keep this file in cchc-plan's scripts folder (make a desktop shortcut to it).
pause
exit /b 1

:done
if errorlevel 1 pause
