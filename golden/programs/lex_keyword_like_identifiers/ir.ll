; ModuleID = 'lex_keyword_like_identifiers.sy'
source_filename = "lex_keyword_like_identifiers.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@int1 = dso_local global i32 1, align 4
@intx = dso_local global i32 2, align 4
@floaty = dso_local global float 2.500000e+00, align 4
@voidness = dso_local global i32 3, align 4
@constant = dso_local global i32 4, align 4
@whilex = dso_local global i32 5, align 4
@if_ = dso_local global i32 6, align 4
@_else = dso_local global i32 7, align 4
@breakpoint = dso_local global i32 8, align 4
@continued = dso_local global i32 9, align 4
@returned = dso_local global i32 10, align 4
@Int = dso_local global i32 11, align 4
@WHILE = dso_local global i32 12, align 4
@iff = dso_local global i32 13, align 4
@elsewhere = dso_local global i32 14, align 4
@getint2 = dso_local global i32 15, align 4
@main_value = dso_local global i32 16, align 4
@For = dso_local global i32 17, align 4
@do_ = dso_local global i32 18, align 4
@switch1 = dso_local global i32 19, align 4
@char_ = dso_local global i32 20, align 4
@long_ = dso_local global i32 21, align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @ifelse(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  store i32 0, i32* %3, align 4
  br label %4

4:                                                ; preds = %18, %1
  %5 = load i32, i32* %2, align 4
  %6 = icmp sgt i32 %5, 0
  br i1 %6, label %7, label %21

7:                                                ; preds = %4
  %8 = load i32, i32* %2, align 4
  %9 = srem i32 %8, 2
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %11, label %15

11:                                               ; preds = %7
  %12 = load i32, i32* %3, align 4
  %13 = load i32, i32* %2, align 4
  %14 = add nsw i32 %12, %13
  store i32 %14, i32* %3, align 4
  br label %18

15:                                               ; preds = %7
  %16 = load i32, i32* %3, align 4
  %17 = sub nsw i32 %16, 1
  store i32 %17, i32* %3, align 4
  br label %18

18:                                               ; preds = %15, %11
  %19 = load i32, i32* %2, align 4
  %20 = sub nsw i32 %19, 1
  store i32 %20, i32* %2, align 4
  br label %4, !llvm.loop !6

21:                                               ; preds = %4
  %22 = load i32, i32* %3, align 4
  ret i32 %22
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @voidfn(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  %3 = load i32, i32* %2, align 4
  call void @putint(i32 noundef %3)
  call void @putch(i32 noundef 10)
  ret void
}

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca float, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %9 = load i32, i32* @int1, align 4
  %10 = load i32, i32* @intx, align 4
  %11 = add nsw i32 %9, %10
  %12 = load i32, i32* @voidness, align 4
  %13 = add nsw i32 %11, %12
  %14 = load i32, i32* @constant, align 4
  %15 = add nsw i32 %13, %14
  %16 = load i32, i32* @whilex, align 4
  %17 = add nsw i32 %15, %16
  %18 = load i32, i32* @if_, align 4
  %19 = add nsw i32 %17, %18
  %20 = load i32, i32* @_else, align 4
  %21 = add nsw i32 %19, %20
  %22 = load i32, i32* @breakpoint, align 4
  %23 = add nsw i32 %21, %22
  %24 = load i32, i32* @continued, align 4
  %25 = add nsw i32 %23, %24
  %26 = load i32, i32* @returned, align 4
  %27 = add nsw i32 %25, %26
  %28 = load i32, i32* @Int, align 4
  %29 = add nsw i32 %27, %28
  %30 = load i32, i32* @WHILE, align 4
  %31 = add nsw i32 %29, %30
  %32 = load i32, i32* @iff, align 4
  %33 = add nsw i32 %31, %32
  %34 = load i32, i32* @elsewhere, align 4
  %35 = add nsw i32 %33, %34
  %36 = load i32, i32* @getint2, align 4
  %37 = add nsw i32 %35, %36
  %38 = load i32, i32* @main_value, align 4
  %39 = add nsw i32 %37, %38
  %40 = load i32, i32* @For, align 4
  %41 = add nsw i32 %39, %40
  %42 = load i32, i32* @do_, align 4
  %43 = add nsw i32 %41, %42
  %44 = load i32, i32* @switch1, align 4
  %45 = add nsw i32 %43, %44
  %46 = load i32, i32* @char_, align 4
  %47 = add nsw i32 %45, %46
  %48 = load i32, i32* @long_, align 4
  %49 = add nsw i32 %47, %48
  store i32 %49, i32* %2, align 4
  %50 = load i32, i32* %2, align 4
  call void @voidfn(i32 noundef %50)
  %51 = load float, float* @floaty, align 4
  %52 = fmul float %51, 2.000000e+00
  store float %52, float* %3, align 4
  %53 = load float, float* %3, align 4
  call void @putfloat(float noundef %53)
  call void @putch(i32 noundef 10)
  %54 = call i32 @ifelse(i32 noundef 9)
  store i32 %54, i32* %4, align 4
  %55 = load i32, i32* %4, align 4
  call void @voidfn(i32 noundef %55)
  store i32 0, i32* %5, align 4
  store i32 0, i32* %6, align 4
  br label %56

56:                                               ; preds = %73, %65, %0
  %57 = load i32, i32* %5, align 4
  %58 = icmp slt i32 %57, 10
  br i1 %58, label %59, label %74

59:                                               ; preds = %56
  %60 = load i32, i32* %5, align 4
  %61 = add nsw i32 %60, 1
  store i32 %61, i32* %5, align 4
  %62 = load i32, i32* %5, align 4
  %63 = srem i32 %62, 3
  %64 = icmp eq i32 %63, 0
  br i1 %64, label %65, label %66

65:                                               ; preds = %59
  br label %56, !llvm.loop !8

66:                                               ; preds = %59
  %67 = load i32, i32* %6, align 4
  %68 = load i32, i32* %5, align 4
  %69 = add nsw i32 %67, %68
  store i32 %69, i32* %6, align 4
  %70 = load i32, i32* %6, align 4
  %71 = icmp sgt i32 %70, 20
  br i1 %71, label %72, label %73

72:                                               ; preds = %66
  br label %74

73:                                               ; preds = %66
  br label %56, !llvm.loop !8

74:                                               ; preds = %72, %56
  store i32 100, i32* %7, align 4
  store i32 200, i32* %8, align 4
  %75 = load i32, i32* %6, align 4
  %76 = load i32, i32* %7, align 4
  %77 = add nsw i32 %75, %76
  %78 = load i32, i32* %8, align 4
  %79 = sub nsw i32 %77, %78
  %80 = add nsw i32 %79, 100
  store i32 %80, i32* %6, align 4
  %81 = load i32, i32* %6, align 4
  %82 = load i32, i32* @int1, align 4
  %83 = add nsw i32 %81, %82
  call void @voidfn(i32 noundef %83)
  %84 = load i32, i32* %2, align 4
  %85 = load i32, i32* %4, align 4
  %86 = add nsw i32 %84, %85
  %87 = load i32, i32* %6, align 4
  %88 = add nsw i32 %86, %87
  ret i32 %88
}

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
