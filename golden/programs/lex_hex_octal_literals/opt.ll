; ModuleID = 'lex_hex_octal_literals.sy'
source_filename = "lex_hex_octal_literals.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@hex_values = dso_local local_unnamed_addr global [8 x i32] [i32 0, i32 1, i32 10, i32 10, i32 255, i32 2147483647, i32 233495534, i32 16], align 16
@oct_values = dso_local local_unnamed_addr global [6 x i32] [i32 0, i32 0, i32 7, i32 8, i32 511, i32 2147483647], align 16
@dec_values = dso_local local_unnamed_addr global [4 x i32] [i32 1, i32 10, i32 2147483647, i32 65535], align 16

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @digits_sum(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %10

3:                                                ; preds = %1, %3
  %4 = phi i32 [ %7, %3 ], [ 0, %1 ]
  %5 = phi i32 [ %8, %3 ], [ %0, %1 ]
  %6 = and i32 %5, 15
  %7 = add nuw nsw i32 %4, %6
  %8 = lshr i32 %5, 4
  %9 = icmp ult i32 %5, 16
  br i1 %9, label %10, label %3, !llvm.loop !5

10:                                               ; preds = %3, %1
  %11 = phi i32 [ 0, %1 ], [ %7, %3 ]
  ret i32 %11
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  %1 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @hex_values, i64 0, i64 0), align 16, !tbaa !7
  tail call void @putint(i32 noundef %1) #3
  tail call void @putch(i32 noundef 32) #3
  %2 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @hex_values, i64 0, i64 0), align 16, !tbaa !7
  %3 = icmp sgt i32 %2, 0
  br i1 %3, label %4, label %11

4:                                                ; preds = %0, %4
  %5 = phi i32 [ %8, %4 ], [ 0, %0 ]
  %6 = phi i32 [ %9, %4 ], [ %2, %0 ]
  %7 = and i32 %6, 15
  %8 = add nuw nsw i32 %7, %5
  %9 = lshr i32 %6, 4
  %10 = icmp ult i32 %6, 16
  br i1 %10, label %11, label %4, !llvm.loop !5

11:                                               ; preds = %4, %0
  %12 = phi i32 [ 0, %0 ], [ %8, %4 ]
  %13 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @hex_values, i64 0, i64 1), align 4, !tbaa !7
  tail call void @putint(i32 noundef %13) #3
  tail call void @putch(i32 noundef 32) #3
  %14 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @hex_values, i64 0, i64 1), align 4, !tbaa !7
  %15 = icmp sgt i32 %14, 0
  br i1 %15, label %16, label %23

16:                                               ; preds = %11, %16
  %17 = phi i32 [ %20, %16 ], [ 0, %11 ]
  %18 = phi i32 [ %21, %16 ], [ %14, %11 ]
  %19 = and i32 %18, 15
  %20 = add nuw nsw i32 %19, %17
  %21 = lshr i32 %18, 4
  %22 = icmp ult i32 %18, 16
  br i1 %22, label %23, label %16, !llvm.loop !5

23:                                               ; preds = %16, %11
  %24 = phi i32 [ 0, %11 ], [ %20, %16 ]
  %25 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @hex_values, i64 0, i64 2), align 8, !tbaa !7
  tail call void @putint(i32 noundef %25) #3
  tail call void @putch(i32 noundef 32) #3
  %26 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @hex_values, i64 0, i64 2), align 8, !tbaa !7
  %27 = icmp sgt i32 %26, 0
  br i1 %27, label %28, label %35

28:                                               ; preds = %23, %28
  %29 = phi i32 [ %32, %28 ], [ 0, %23 ]
  %30 = phi i32 [ %33, %28 ], [ %26, %23 ]
  %31 = and i32 %30, 15
  %32 = add nuw nsw i32 %31, %29
  %33 = lshr i32 %30, 4
  %34 = icmp ult i32 %30, 16
  br i1 %34, label %35, label %28, !llvm.loop !5

35:                                               ; preds = %28, %23
  %36 = phi i32 [ 0, %23 ], [ %32, %28 ]
  %37 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @hex_values, i64 0, i64 3), align 4, !tbaa !7
  tail call void @putint(i32 noundef %37) #3
  tail call void @putch(i32 noundef 32) #3
  %38 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @hex_values, i64 0, i64 3), align 4, !tbaa !7
  %39 = icmp sgt i32 %38, 0
  br i1 %39, label %40, label %47

40:                                               ; preds = %35, %40
  %41 = phi i32 [ %44, %40 ], [ 0, %35 ]
  %42 = phi i32 [ %45, %40 ], [ %38, %35 ]
  %43 = and i32 %42, 15
  %44 = add nuw nsw i32 %43, %41
  %45 = lshr i32 %42, 4
  %46 = icmp ult i32 %42, 16
  br i1 %46, label %47, label %40, !llvm.loop !5

47:                                               ; preds = %40, %35
  %48 = phi i32 [ 0, %35 ], [ %44, %40 ]
  %49 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @hex_values, i64 0, i64 4), align 16, !tbaa !7
  tail call void @putint(i32 noundef %49) #3
  tail call void @putch(i32 noundef 32) #3
  %50 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @hex_values, i64 0, i64 4), align 16, !tbaa !7
  %51 = icmp sgt i32 %50, 0
  br i1 %51, label %52, label %59

52:                                               ; preds = %47, %52
  %53 = phi i32 [ %56, %52 ], [ 0, %47 ]
  %54 = phi i32 [ %57, %52 ], [ %50, %47 ]
  %55 = and i32 %54, 15
  %56 = add nuw nsw i32 %55, %53
  %57 = lshr i32 %54, 4
  %58 = icmp ult i32 %54, 16
  br i1 %58, label %59, label %52, !llvm.loop !5

59:                                               ; preds = %52, %47
  %60 = phi i32 [ 0, %47 ], [ %56, %52 ]
  %61 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @hex_values, i64 0, i64 5), align 4, !tbaa !7
  tail call void @putint(i32 noundef %61) #3
  tail call void @putch(i32 noundef 32) #3
  %62 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @hex_values, i64 0, i64 5), align 4, !tbaa !7
  %63 = icmp sgt i32 %62, 0
  br i1 %63, label %64, label %71

64:                                               ; preds = %59, %64
  %65 = phi i32 [ %68, %64 ], [ 0, %59 ]
  %66 = phi i32 [ %69, %64 ], [ %62, %59 ]
  %67 = and i32 %66, 15
  %68 = add nuw nsw i32 %67, %65
  %69 = lshr i32 %66, 4
  %70 = icmp ult i32 %66, 16
  br i1 %70, label %71, label %64, !llvm.loop !5

71:                                               ; preds = %64, %59
  %72 = phi i32 [ 0, %59 ], [ %68, %64 ]
  %73 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @hex_values, i64 0, i64 6), align 8, !tbaa !7
  tail call void @putint(i32 noundef %73) #3
  tail call void @putch(i32 noundef 32) #3
  %74 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @hex_values, i64 0, i64 6), align 8, !tbaa !7
  %75 = icmp sgt i32 %74, 0
  br i1 %75, label %76, label %83

76:                                               ; preds = %71, %76
  %77 = phi i32 [ %80, %76 ], [ 0, %71 ]
  %78 = phi i32 [ %81, %76 ], [ %74, %71 ]
  %79 = and i32 %78, 15
  %80 = add nuw nsw i32 %79, %77
  %81 = lshr i32 %78, 4
  %82 = icmp ult i32 %78, 16
  br i1 %82, label %83, label %76, !llvm.loop !5

83:                                               ; preds = %76, %71
  %84 = phi i32 [ 0, %71 ], [ %80, %76 ]
  %85 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @hex_values, i64 0, i64 7), align 4, !tbaa !7
  tail call void @putint(i32 noundef %85) #3
  tail call void @putch(i32 noundef 32) #3
  %86 = load i32, i32* getelementptr inbounds ([8 x i32], [8 x i32]* @hex_values, i64 0, i64 7), align 4, !tbaa !7
  %87 = icmp sgt i32 %86, 0
  br i1 %87, label %88, label %95

88:                                               ; preds = %83, %88
  %89 = phi i32 [ %92, %88 ], [ 0, %83 ]
  %90 = phi i32 [ %93, %88 ], [ %86, %83 ]
  %91 = and i32 %90, 15
  %92 = add nuw nsw i32 %91, %89
  %93 = lshr i32 %90, 4
  %94 = icmp ult i32 %90, 16
  br i1 %94, label %95, label %88, !llvm.loop !5

95:                                               ; preds = %88, %83
  %96 = phi i32 [ 0, %83 ], [ %92, %88 ]
  %97 = add nsw i32 %24, %12
  %98 = add nsw i32 %36, %97
  %99 = add nsw i32 %48, %98
  %100 = add nsw i32 %60, %99
  %101 = add nsw i32 %72, %100
  %102 = add nsw i32 %84, %101
  %103 = add nsw i32 %96, %102
  tail call void @putch(i32 noundef 10) #3
  %104 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @oct_values, i64 0, i64 0), align 16, !tbaa !7
  tail call void @putint(i32 noundef %104) #3
  tail call void @putch(i32 noundef 32) #3
  %105 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @oct_values, i64 0, i64 0), align 16, !tbaa !7
  %106 = srem i32 %105, 1000
  %107 = add nsw i32 %106, %103
  %108 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @oct_values, i64 0, i64 1), align 4, !tbaa !7
  tail call void @putint(i32 noundef %108) #3
  tail call void @putch(i32 noundef 32) #3
  %109 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @oct_values, i64 0, i64 1), align 4, !tbaa !7
  %110 = srem i32 %109, 1000
  %111 = add nsw i32 %110, %107
  %112 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @oct_values, i64 0, i64 2), align 8, !tbaa !7
  tail call void @putint(i32 noundef %112) #3
  tail call void @putch(i32 noundef 32) #3
  %113 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @oct_values, i64 0, i64 2), align 8, !tbaa !7
  %114 = srem i32 %113, 1000
  %115 = add nsw i32 %114, %111
  %116 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @oct_values, i64 0, i64 3), align 4, !tbaa !7
  tail call void @putint(i32 noundef %116) #3
  tail call void @putch(i32 noundef 32) #3
  %117 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @oct_values, i64 0, i64 3), align 4, !tbaa !7
  %118 = srem i32 %117, 1000
  %119 = add nsw i32 %118, %115
  %120 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @oct_values, i64 0, i64 4), align 16, !tbaa !7
  tail call void @putint(i32 noundef %120) #3
  tail call void @putch(i32 noundef 32) #3
  %121 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @oct_values, i64 0, i64 4), align 16, !tbaa !7
  %122 = srem i32 %121, 1000
  %123 = add nsw i32 %122, %119
  %124 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @oct_values, i64 0, i64 5), align 4, !tbaa !7
  tail call void @putint(i32 noundef %124) #3
  tail call void @putch(i32 noundef 32) #3
  %125 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @oct_values, i64 0, i64 5), align 4, !tbaa !7
  %126 = srem i32 %125, 1000
  %127 = add nsw i32 %126, %123
  tail call void @putch(i32 noundef 10) #3
  tail call void @putint(i32 noundef 1) #3
  tail call void @putint(i32 noundef 1) #3
  tail call void @putint(i32 noundef 1) #3
  tail call void @putint(i32 noundef 1) #3
  tail call void @putint(i32 noundef 1) #3
  tail call void @putint(i32 noundef 0) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putint(i32 noundef 16) #3
  tail call void @putch(i32 noundef 10) #3
  %128 = add nsw i32 %127, 16
  %129 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @dec_values, i64 0, i64 3), align 4, !tbaa !7
  %130 = sdiv i32 %129, 256
  %131 = add nsw i32 %128, %130
  %132 = srem i32 %131, 256
  ret i32 %132
}

declare void @putint(i32 noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

attributes #0 = { nofree norecurse nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = !{!8, !8, i64 0}
!8 = !{!"int", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
