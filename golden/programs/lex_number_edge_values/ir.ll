; ModuleID = 'lex_number_edge_values.sy'
source_filename = "lex_number_edge_values.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

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
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca float, align 4
  %12 = alloca float, align 4
  %13 = alloca float, align 4
  %14 = alloca i32, align 4
  %15 = alloca float, align 4
  %16 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 2147483647, i32* %2, align 4
  store i32 -2147483648, i32* %3, align 4
  store i32 2147483647, i32* %4, align 4
  store i32 2147483647, i32* %5, align 4
  store i32 0, i32* %6, align 4
  store i32 0, i32* %7, align 4
  store i32 0, i32* %8, align 4
  %17 = load i32, i32* %2, align 4
  call void @putint(i32 noundef %17)
  call void @putch(i32 noundef 32)
  %18 = load i32, i32* %3, align 4
  call void @putint(i32 noundef %18)
  call void @putch(i32 noundef 32)
  %19 = load i32, i32* %4, align 4
  %20 = load i32, i32* %2, align 4
  %21 = icmp eq i32 %19, %20
  %22 = zext i1 %21 to i32
  call void @putint(i32 noundef %22)
  %23 = load i32, i32* %5, align 4
  %24 = load i32, i32* %2, align 4
  %25 = icmp eq i32 %23, %24
  %26 = zext i1 %25 to i32
  call void @putint(i32 noundef %26)
  %27 = load i32, i32* %6, align 4
  %28 = load i32, i32* %7, align 4
  %29 = add nsw i32 %27, %28
  %30 = load i32, i32* %8, align 4
  %31 = add nsw i32 %29, %30
  call void @putint(i32 noundef %31)
  call void @putch(i32 noundef 10)
  %32 = load i32, i32* %2, align 4
  %33 = sdiv i32 %32, 2
  %34 = load i32, i32* %2, align 4
  %35 = srem i32 %34, 2
  %36 = add nsw i32 %33, %35
  call void @putint(i32 noundef %36)
  call void @putch(i32 noundef 32)
  %37 = load i32, i32* %3, align 4
  %38 = sdiv i32 %37, 2
  call void @putint(i32 noundef %38)
  call void @putch(i32 noundef 32)
  %39 = load i32, i32* %3, align 4
  %40 = srem i32 %39, 10
  call void @putint(i32 noundef %40)
  call void @putch(i32 noundef 32)
  %41 = load i32, i32* %2, align 4
  %42 = sub nsw i32 %41, 2147483646
  call void @putint(i32 noundef %42)
  call void @putch(i32 noundef 10)
  store float 0x47EFFFFFE0000000, float* %9, align 4
  store float 0x3810000000000000, float* %10, align 4
  store float 0x36A0000000000000, float* %11, align 4
  store float 0x3E80000000000000, float* %12, align 4
  store float 1.000000e+00, float* %13, align 4
  %43 = load float, float* %9, align 4
  call void @putfloat(float noundef %43)
  call void @putch(i32 noundef 32)
  %44 = load float, float* %10, align 4
  call void @putfloat(float noundef %44)
  call void @putch(i32 noundef 32)
  %45 = load float, float* %11, align 4
  call void @putfloat(float noundef %45)
  call void @putch(i32 noundef 10)
  %46 = load float, float* %12, align 4
  call void @putfloat(float noundef %46)
  call void @putch(i32 noundef 32)
  %47 = load float, float* %13, align 4
  call void @putfloat(float noundef %47)
  call void @putch(i32 noundef 32)
  call void @putfloat(float noundef 0x4170000000000000)
  call void @putch(i32 noundef 32)
  call void @putfloat(float noundef 0x3FB99999A0000000)
  call void @putch(i32 noundef 10)
  store i32 2147483520, i32* %14, align 4
  %48 = load i32, i32* %14, align 4
  call void @putint(i32 noundef %48)
  call void @putch(i32 noundef 10)
  store float 0x3FD5555560000000, float* %15, align 4
  %49 = load float, float* %15, align 4
  %50 = fmul float %49, 3.000000e+00
  call void @putfloat(float noundef %50)
  call void @putch(i32 noundef 10)
  store i32 -2147483520, i32* %16, align 4
  %51 = load i32, i32* %16, align 4
  call void @putint(i32 noundef %51)
  call void @putch(i32 noundef 10)
  %52 = load i32, i32* %2, align 4
  %53 = load i32, i32* %4, align 4
  %54 = sub nsw i32 %52, %53
  %55 = load i32, i32* %3, align 4
  %56 = load i32, i32* %2, align 4
  %57 = sub nsw i32 0, %56
  %58 = sub nsw i32 %57, 1
  %59 = icmp eq i32 %55, %58
  %60 = zext i1 %59 to i32
  %61 = mul nsw i32 %60, 7
  %62 = add nsw i32 %54, %61
  %63 = add nsw i32 %62, 7
  ret i32 %63
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
