; ModuleID = 'func_const_globals_table.sy'
source_filename = "func_const_globals_table.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@BASE = dso_local constant i32 10, align 4
@SQUARES = dso_local constant [10 x i32] [i32 0, i32 1, i32 4, i32 9, i32 16, i32 25, i32 36, i32 49, i32 64, i32 81], align 16
@MIX = dso_local constant i32 105, align 4
@RATE = dso_local constant float 1.250000e-01, align 4
@OFFSET = dso_local constant float 2.500000e+00, align 4
@DAYS = dso_local constant [2 x [12 x i32]] [[12 x i32] [i32 31, i32 28, i32 31, i32 30, i32 31, i32 30, i32 31, i32 31, i32 30, i32 31, i32 30, i32 31], [12 x i32] [i32 31, i32 29, i32 31, i32 30, i32 31, i32 30, i32 31, i32 31, i32 30, i32 31, i32 30, i32 31]], align 16
@counter = dso_local global i32 105, align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @digit_square_sum(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  store i32 0, i32* %3, align 4
  br label %4

4:                                                ; preds = %7, %1
  %5 = load i32, i32* %2, align 4
  %6 = icmp sgt i32 %5, 0
  br i1 %6, label %7, label %17

7:                                                ; preds = %4
  %8 = load i32, i32* %3, align 4
  %9 = load i32, i32* %2, align 4
  %10 = srem i32 %9, 10
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [10 x i32], [10 x i32]* @SQUARES, i64 0, i64 %11
  %13 = load i32, i32* %12, align 4
  %14 = add nsw i32 %8, %13
  store i32 %14, i32* %3, align 4
  %15 = load i32, i32* %2, align 4
  %16 = sdiv i32 %15, 10
  store i32 %16, i32* %2, align 4
  br label %4, !llvm.loop !6

17:                                               ; preds = %4
  %18 = load i32, i32* %3, align 4
  ret i32 %18
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @is_leap(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  %3 = load i32, i32* %2, align 4
  %4 = srem i32 %3, 4
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %6, label %10

6:                                                ; preds = %1
  %7 = load i32, i32* %2, align 4
  %8 = srem i32 %7, 100
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %14, label %10

10:                                               ; preds = %6, %1
  %11 = load i32, i32* %2, align 4
  %12 = srem i32 %11, 400
  %13 = icmp eq i32 %12, 0
  br label %14

14:                                               ; preds = %10, %6
  %15 = phi i1 [ true, %6 ], [ %13, %10 ]
  %16 = zext i1 %15 to i32
  ret i32 %16
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @day_of_year(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 %0, i32* %4, align 4
  store i32 %1, i32* %5, align 4
  store i32 %2, i32* %6, align 4
  %10 = load i32, i32* %4, align 4
  %11 = call i32 @is_leap(i32 noundef %10)
  store i32 %11, i32* %7, align 4
  store i32 0, i32* %8, align 4
  %12 = load i32, i32* %6, align 4
  store i32 %12, i32* %9, align 4
  br label %13

13:                                               ; preds = %18, %3
  %14 = load i32, i32* %8, align 4
  %15 = load i32, i32* %5, align 4
  %16 = sub nsw i32 %15, 1
  %17 = icmp slt i32 %14, %16
  br i1 %17, label %18, label %30

18:                                               ; preds = %13
  %19 = load i32, i32* %9, align 4
  %20 = load i32, i32* %7, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [2 x [12 x i32]], [2 x [12 x i32]]* @DAYS, i64 0, i64 %21
  %23 = load i32, i32* %8, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [12 x i32], [12 x i32]* %22, i64 0, i64 %24
  %26 = load i32, i32* %25, align 4
  %27 = add nsw i32 %19, %26
  store i32 %27, i32* %9, align 4
  %28 = load i32, i32* %8, align 4
  %29 = add nsw i32 %28, 1
  store i32 %29, i32* %8, align 4
  br label %13, !llvm.loop !8

30:                                               ; preds = %13
  %31 = load i32, i32* %9, align 4
  ret i32 %31
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca float, align 4
  store i32 0, i32* %1, align 4
  call void @putint(i32 noundef 105)
  call void @putch(i32 noundef 10)
  %5 = call i32 @digit_square_sum(i32 noundef 987654321)
  call void @putint(i32 noundef %5)
  call void @putch(i32 noundef 10)
  store i32 19, i32* %2, align 4
  store i32 0, i32* %3, align 4
  br label %6

6:                                                ; preds = %17, %0
  %7 = load i32, i32* %2, align 4
  %8 = icmp ne i32 %7, 1
  br i1 %8, label %9, label %15

9:                                                ; preds = %6
  %10 = load i32, i32* %2, align 4
  %11 = icmp ne i32 %10, 4
  br i1 %11, label %12, label %15

12:                                               ; preds = %9
  %13 = load i32, i32* %3, align 4
  %14 = icmp slt i32 %13, 50
  br label %15

15:                                               ; preds = %12, %9, %6
  %16 = phi i1 [ false, %9 ], [ false, %6 ], [ %14, %12 ]
  br i1 %16, label %17, label %22

17:                                               ; preds = %15
  %18 = load i32, i32* %2, align 4
  %19 = call i32 @digit_square_sum(i32 noundef %18)
  store i32 %19, i32* %2, align 4
  %20 = load i32, i32* %3, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, i32* %3, align 4
  br label %6, !llvm.loop !9

22:                                               ; preds = %15
  %23 = load i32, i32* %2, align 4
  call void @putint(i32 noundef %23)
  call void @putch(i32 noundef 32)
  %24 = load i32, i32* %3, align 4
  call void @putint(i32 noundef %24)
  call void @putch(i32 noundef 10)
  %25 = call i32 @day_of_year(i32 noundef 2000, i32 noundef 3, i32 noundef 1)
  call void @putint(i32 noundef %25)
  call void @putch(i32 noundef 32)
  %26 = call i32 @day_of_year(i32 noundef 1900, i32 noundef 3, i32 noundef 1)
  call void @putint(i32 noundef %26)
  call void @putch(i32 noundef 32)
  %27 = call i32 @day_of_year(i32 noundef 2023, i32 noundef 12, i32 noundef 31)
  call void @putint(i32 noundef %27)
  call void @putch(i32 noundef 10)
  %28 = load i32, i32* @counter, align 4
  %29 = sitofp i32 %28 to float
  %30 = fmul float 1.250000e-01, %29
  %31 = fadd float 2.500000e+00, %30
  store float %31, float* %4, align 4
  %32 = load float, float* %4, align 4
  call void @putfloat(float noundef %32)
  call void @putch(i32 noundef 10)
  %33 = load i32, i32* @counter, align 4
  %34 = load i32, i32* getelementptr inbounds ([10 x i32], [10 x i32]* @SQUARES, i64 0, i64 9), align 4
  %35 = add nsw i32 %33, %34
  store i32 %35, i32* @counter, align 4
  %36 = load i32, i32* @counter, align 4
  ret i32 %36
}

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

declare void @putfloat(float noundef) #1

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
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
