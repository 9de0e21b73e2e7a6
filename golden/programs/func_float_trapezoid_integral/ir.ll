; ModuleID = 'func_float_trapezoid_integral.sy'
source_filename = "func_float_trapezoid_integral.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @f(i32 noundef %0, float noundef %1) #0 {
  %3 = alloca float, align 4
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  store i32 %0, i32* %4, align 4
  store float %1, float* %5, align 4
  %6 = load i32, i32* %4, align 4
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %12

8:                                                ; preds = %2
  %9 = load float, float* %5, align 4
  %10 = load float, float* %5, align 4
  %11 = fmul float %9, %10
  store float %11, float* %3, align 4
  br label %33

12:                                               ; preds = %2
  %13 = load i32, i32* %4, align 4
  %14 = icmp eq i32 %13, 1
  br i1 %14, label %15, label %25

15:                                               ; preds = %12
  %16 = load float, float* %5, align 4
  %17 = load float, float* %5, align 4
  %18 = fmul float %16, %17
  %19 = load float, float* %5, align 4
  %20 = fmul float %18, %19
  %21 = load float, float* %5, align 4
  %22 = fmul float 2.000000e+00, %21
  %23 = fsub float %20, %22
  %24 = fadd float %23, 1.000000e+00
  store float %24, float* %3, align 4
  br label %33

25:                                               ; preds = %12
  %26 = load float, float* %5, align 4
  %27 = load float, float* %5, align 4
  %28 = fmul float %26, %27
  %29 = fpext float %28 to double
  %30 = fadd double 1.000000e+00, %29
  %31 = fdiv double 1.000000e+00, %30
  %32 = fptrunc double %31 to float
  store float %32, float* %3, align 4
  br label %33

33:                                               ; preds = %25, %15, %8
  %34 = load float, float* %3, align 4
  ret float %34
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @trapezoid(i32 noundef %0, float noundef %1, float noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca i32, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca i32, align 4
  store i32 %0, i32* %5, align 4
  store float %1, float* %6, align 4
  store float %2, float* %7, align 4
  store i32 %3, i32* %8, align 4
  %12 = load float, float* %7, align 4
  %13 = load float, float* %6, align 4
  %14 = fsub float %12, %13
  %15 = load i32, i32* %8, align 4
  %16 = sitofp i32 %15 to float
  %17 = fdiv float %14, %16
  store float %17, float* %9, align 4
  %18 = load i32, i32* %5, align 4
  %19 = load float, float* %6, align 4
  %20 = call float @f(i32 noundef %18, float noundef %19)
  %21 = load i32, i32* %5, align 4
  %22 = load float, float* %7, align 4
  %23 = call float @f(i32 noundef %21, float noundef %22)
  %24 = fadd float %20, %23
  %25 = fdiv float %24, 2.000000e+00
  store float %25, float* %10, align 4
  store i32 1, i32* %11, align 4
  br label %26

26:                                               ; preds = %30, %4
  %27 = load i32, i32* %11, align 4
  %28 = load i32, i32* %8, align 4
  %29 = icmp slt i32 %27, %28
  br i1 %29, label %30, label %43

30:                                               ; preds = %26
  %31 = load float, float* %10, align 4
  %32 = load i32, i32* %5, align 4
  %33 = load float, float* %6, align 4
  %34 = load i32, i32* %11, align 4
  %35 = sitofp i32 %34 to float
  %36 = load float, float* %9, align 4
  %37 = fmul float %35, %36
  %38 = fadd float %33, %37
  %39 = call float @f(i32 noundef %32, float noundef %38)
  %40 = fadd float %31, %39
  store float %40, float* %10, align 4
  %41 = load i32, i32* %11, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, i32* %11, align 4
  br label %26, !llvm.loop !6

43:                                               ; preds = %26
  %44 = load float, float* %10, align 4
  %45 = load float, float* %9, align 4
  %46 = fmul float %44, %45
  ret float %46
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @simpson(i32 noundef %0, float noundef %1, float noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca i32, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca i32, align 4
  store i32 %0, i32* %5, align 4
  store float %1, float* %6, align 4
  store float %2, float* %7, align 4
  store i32 %3, i32* %8, align 4
  %12 = load float, float* %7, align 4
  %13 = load float, float* %6, align 4
  %14 = fsub float %12, %13
  %15 = load i32, i32* %8, align 4
  %16 = sitofp i32 %15 to float
  %17 = fdiv float %14, %16
  store float %17, float* %9, align 4
  %18 = load i32, i32* %5, align 4
  %19 = load float, float* %6, align 4
  %20 = call float @f(i32 noundef %18, float noundef %19)
  %21 = load i32, i32* %5, align 4
  %22 = load float, float* %7, align 4
  %23 = call float @f(i32 noundef %21, float noundef %22)
  %24 = fadd float %20, %23
  store float %24, float* %10, align 4
  store i32 1, i32* %11, align 4
  br label %25

25:                                               ; preds = %57, %4
  %26 = load i32, i32* %11, align 4
  %27 = load i32, i32* %8, align 4
  %28 = icmp slt i32 %26, %27
  br i1 %28, label %29, label %60

29:                                               ; preds = %25
  %30 = load i32, i32* %11, align 4
  %31 = srem i32 %30, 2
  %32 = icmp eq i32 %31, 1
  br i1 %32, label %33, label %45

33:                                               ; preds = %29
  %34 = load float, float* %10, align 4
  %35 = load i32, i32* %5, align 4
  %36 = load float, float* %6, align 4
  %37 = load i32, i32* %11, align 4
  %38 = sitofp i32 %37 to float
  %39 = load float, float* %9, align 4
  %40 = fmul float %38, %39
  %41 = fadd float %36, %40
  %42 = call float @f(i32 noundef %35, float noundef %41)
  %43 = fmul float 4.000000e+00, %42
  %44 = fadd float %34, %43
  store float %44, float* %10, align 4
  br label %57

45:                                               ; preds = %29
  %46 = load float, float* %10, align 4
  %47 = load i32, i32* %5, align 4
  %48 = load float, float* %6, align 4
  %49 = load i32, i32* %11, align 4
  %50 = sitofp i32 %49 to float
  %51 = load float, float* %9, align 4
  %52 = fmul float %50, %51
  %53 = fadd float %48, %52
  %54 = call float @f(i32 noundef %47, float noundef %53)
  %55 = fmul float 2.000000e+00, %54
  %56 = fadd float %46, %55
  store float %56, float* %10, align 4
  br label %57

57:                                               ; preds = %45, %33
  %58 = load i32, i32* %11, align 4
  %59 = add nsw i32 %58, 1
  store i32 %59, i32* %11, align 4
  br label %25, !llvm.loop !8

60:                                               ; preds = %25
  %61 = load float, float* %10, align 4
  %62 = load float, float* %9, align 4
  %63 = fmul float %61, %62
  %64 = fdiv float %63, 3.000000e+00
  ret float %64
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca float, align 4
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  store i32 0, i32* %1, align 4
  store i32 0, i32* %2, align 4
  store i32 0, i32* %3, align 4
  br label %8

8:                                                ; preds = %11, %0
  %9 = load i32, i32* %2, align 4
  %10 = icmp slt i32 %9, 3
  br i1 %10, label %11, label %26

11:                                               ; preds = %8
  %12 = load i32, i32* %2, align 4
  %13 = call float @trapezoid(i32 noundef %12, float noundef 0.000000e+00, float noundef 1.000000e+00, i32 noundef 64)
  store float %13, float* %4, align 4
  %14 = load i32, i32* %2, align 4
  %15 = call float @simpson(i32 noundef %14, float noundef 0.000000e+00, float noundef 1.000000e+00, i32 noundef 64)
  store float %15, float* %5, align 4
  %16 = load float, float* %4, align 4
  call void @putfloat(float noundef %16)
  call void @putch(i32 noundef 32)
  %17 = load float, float* %5, align 4
  call void @putfloat(float noundef %17)
  call void @putch(i32 noundef 10)
  %18 = load i32, i32* %3, align 4
  %19 = sitofp i32 %18 to float
  %20 = load float, float* %5, align 4
  %21 = fmul float %20, 1.000000e+02
  %22 = fadd float %19, %21
  %23 = fptosi float %22 to i32
  store i32 %23, i32* %3, align 4
  %24 = load i32, i32* %2, align 4
  %25 = add nsw i32 %24, 1
  store i32 %25, i32* %2, align 4
  br label %8, !llvm.loop !9

26:                                               ; preds = %8
  %27 = call float @simpson(i32 noundef 2, float noundef 0.000000e+00, float noundef 1.000000e+00, i32 noundef 128)
  %28 = fmul float 4.000000e+00, %27
  store float %28, float* %6, align 4
  %29 = load float, float* %6, align 4
  call void @putfloat(float noundef %29)
  call void @putch(i32 noundef 10)
  %30 = call float @trapezoid(i32 noundef 1, float noundef -2.500000e+00, float noundef 3.000000e+00, i32 noundef 100)
  store float %30, float* %7, align 4
  %31 = load float, float* %7, align 4
  call void @putfloat(float noundef %31)
  call void @putch(i32 noundef 10)
  %32 = load i32, i32* %3, align 4
  ret i32 %32
}

declare void @putfloat(float noundef) #1

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
