# Fails when translations/effleur_en.ts is out of date: runs lupdate over the sources into a copy
# of the catalogue and compares. A tr() string that was added or changed without updating the
# catalogue shows up as a difference. Run with:
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P check_catalogue.cmake
foreach(var LUPDATE SOURCE_DIR WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()
set(committed "${SOURCE_DIR}/translations/effleur_en.ts")
set(copy "${WORK_DIR}/effleur_en.ts")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY_FILE "${committed}" "${copy}")
execute_process(
    COMMAND "${LUPDATE}" -silent -locations none -no-obsolete src -ts "${copy}"
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${committed}" "${copy}"
                RESULT_VARIABLE differs)
if(differs)
    execute_process(COMMAND diff -u "${committed}" "${copy}")
    message(FATAL_ERROR "translations/effleur_en.ts is out of date. Run, in the source folder:\n"
                        "  lupdate -locations none -no-obsolete src -ts translations/effleur_en.ts\n"
                        "and fill the English plural forms of any new %n string.")
endif()
# Every plural form filled: an English %n string with an empty form would read "1 step(s)".
file(READ "${committed}" ts)
string(REGEX MATCHALL "<numerusform></numerusform>|<numerusform/>" empty "${ts}")
if(empty)
    message(FATAL_ERROR "translations/effleur_en.ts has empty English plural forms: fill them")
endif()
