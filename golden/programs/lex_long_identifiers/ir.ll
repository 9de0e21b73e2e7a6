; ModuleID = 'lex_long_identifiers.sy'
source_filename = "lex_long_identifiers.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end = dso_local global i32 11, align 4
@a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end2 = dso_local global i32 22, align 4
@Zz0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0 = dso_local global [4 x i32] [i32 1, i32 2, i32 3, i32 4], align 16
@___underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_underscore_heavy_x9 = dso_local constant i32 5, align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @compute_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, i32* %3, align 4
  store i32 %1, i32* %4, align 4
  %5 = load i32, i32* %3, align 4
  %6 = load i32, i32* %4, align 4
  %7 = sext i32 %6 to i64
  %8 = getelementptr inbounds [4 x i32], [4 x i32]* @Zz0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0z0, i64 0, i64 %7
  %9 = load i32, i32* %8, align 4
  %10 = mul nsw i32 %5, %9
  %11 = add nsw i32 %10, 5
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %13 = load i32, i32* @a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end, align 4
  %14 = load i32, i32* @a_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_very_long_identifier_name_that_keeps_going_end2, align 4
  %15 = add nsw i32 %13, %14
  store i32 %15, i32* %2, align 4
  store i32 0, i32* %3, align 4
  store i32 0, i32* %4, align 4
  br label %16

16:                                               ; preds = %19, %0
  %17 = load i32, i32* %3, align 4
  %18 = icmp slt i32 %17, 4
  br i1 %18, label %19, label %27

19:                                               ; preds = %16
  %20 = load i32, i32* %4, align 4
  %21 = load i32, i32* %2, align 4
  %22 = load i32, i32* %3, align 4
  %23 = call i32 @compute_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value_and_accumulate_the_running_value(i32 noundef %21, i32 noundef %22)
  %24 = add nsw i32 %20, %23
  store i32 %24, i32* %4, align 4
  %25 = load i32, i32* %3, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, i32* %3, align 4
  br label %16, !llvm.loop !6

27:                                               ; preds = %16
  %28 = load i32, i32* %4, align 4
  call void @putint(i32 noundef %28)
  call void @putch(i32 noundef 10)
  store i32 1, i32* %5, align 4
  store i32 2, i32* %6, align 4
  store i32 3, i32* %7, align 4
  store i32 4, i32* %8, align 4
  store i32 5, i32* %9, align 4
  store i32 6, i32* %10, align 4
  store i32 7, i32* %11, align 4
  store i32 8, i32* %12, align 4
  %29 = load i32, i32* %5, align 4
  %30 = load i32, i32* %6, align 4
  %31 = load i32, i32* %7, align 4
  %32 = mul nsw i32 %30, %31
  %33 = add nsw i32 %29, %32
  %34 = load i32, i32* %8, align 4
  %35 = sub nsw i32 %33, %34
  %36 = load i32, i32* %9, align 4
  %37 = load i32, i32* %10, align 4
  %38 = mul nsw i32 %36, %37
  %39 = add nsw i32 %35, %38
  %40 = load i32, i32* %11, align 4
  %41 = sub nsw i32 %39, %40
  %42 = load i32, i32* %12, align 4
  %43 = add nsw i32 %41, %42
  call void @putint(i32 noundef %43)
  call void @putch(i32 noundef 10)
  %44 = load i32, i32* %4, align 4
  %45 = srem i32 %44, 256
  ret i32 %45
}

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
