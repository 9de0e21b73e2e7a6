; ModuleID = 'lex_hex_octal_literals.sy'
source_filename = "lex_hex_octal_literals.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@hex_values = dso_local global [8 x i32] [i32 0, i32 1, i32 10, i32 10, i32 255, i32 2147483647, i32 233495534, i32 16], align 16
@oct_values = dso_local global [6 x i32] [i32 0, i32 0, i32 7, i32 8, i32 511, i32 2147483647], align 16
@dec_values = dso_local global [4 x i32] [i32 1, i32 10, i32 2147483647, i32 65535], align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @digits_sum(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  store i32 0, i32* %3, align 4
  br label %4

4:                                                ; preds = %7, %1
  %5 = load i32, i32* %2, align 4
  %6 = icmp sgt i32 %5, 0
  br i1 %6, label %7, label %14

7:                                                ; preds = %4
  %8 = load i32, i32* %3, align 4
  %9 = load i32, i32* %2, align 4
  %10 = srem i32 %9, 16
  %11 = add nsw i32 %8, %10
  store i32 %11, i32* %3, align 4
  %12 = load i32, i32* %2, align 4
  %13 = sdiv i32 %12, 16
  store i32 %13, i32* %2, align 4
  br label %4, !llvm.loop !6

14:                                               ; preds = %4
  %15 = load i32, i32* %3, align 4
  ret i32 %15
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 0, i32* %2, align 4
  store i32 0, i32* %3, align 4
  br label %5

5:                                                ; preds = %8, %0
  %6 = load i32, i32* %2, align 4
  %7 = icmp slt i32 %6, 8
  br i1 %7, label %8, label %22

8:                                                ; preds = %5
  %9 = load i32, i32* %2, align 4
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds [8 x i32], [8 x i32]* @hex_values, i64 0, i64 %10
  %12 = load i32, i32* %11, align 4
  call void @putint(i32 noundef %12)
  call void @putch(i32 noundef 32)
  %13 = load i32, i32* %3, align 4
  %14 = load i32, i32* %2, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [8 x i32], [8 x i32]* @hex_values, i64 0, i64 %15
  %17 = load i32, i32* %16, align 4
  %18 = call i32 @digits_sum(i32 noundef %17)
  %19 = add nsw i32 %13, %18
  store i32 %19, i32* %3, align 4
  %20 = load i32, i32* %2, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, i32* %2, align 4
  br label %5, !llvm.loop !8

22:                                               ; preds = %5
  call void @putch(i32 noundef 10)
  store i32 0, i32* %2, align 4
  br label %23

23:                                               ; preds = %26, %22
  %24 = load i32, i32* %2, align 4
  %25 = icmp slt i32 %24, 6
  br i1 %25, label %26, label %40

26:                                               ; preds = %23
  %27 = load i32, i32* %2, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [6 x i32], [6 x i32]* @oct_values, i64 0, i64 %28
  %30 = load i32, i32* %29, align 4
  call void @putint(i32 noundef %30)
  call void @putch(i32 noundef 32)
  %31 = load i32, i32* %3, align 4
  %32 = load i32, i32* %2, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [6 x i32], [6 x i32]* @oct_values, i64 0, i64 %33
  %35 = load i32, i32* %34, align 4
  %36 = srem i32 %35, 1000
  %37 = add nsw i32 %31, %36
  store i32 %37, i32* %3, align 4
  %38 = load i32, i32* %2, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, i32* %2, align 4
  br label %23, !llvm.loop !9

40:                                               ; preds = %23
  call void @putch(i32 noundef 10)
  call void @putint(i32 noundef 1)
  call void @putint(i32 noundef 1)
  call void @putint(i32 noundef 1)
  call void @putint(i32 noundef 1)
  call void @putint(i32 noundef 1)
  call void @putint(i32 noundef 0)
  call void @putch(i32 noundef 10)
  store i32 16, i32* %4, align 4
  %41 = load i32, i32* %4, align 4
  call void @putint(i32 noundef %41)
  call void @putch(i32 noundef 10)
  %42 = load i32, i32* %3, align 4
  %43 = load i32, i32* %4, align 4
  %44 = add nsw i32 %42, %43
  %45 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @dec_values, i64 0, i64 3), align 4
  %46 = sdiv i32 %45, 256
  %47 = add nsw i32 %44, %46
  %48 = srem i32 %47, 256
  ret i32 %48
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
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
