; ModuleID = 'func_negative_div_mod.sy'
source_filename = "func_negative_div_mod.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.nums = private unnamed_addr constant [6 x i32] [i32 17, i32 -17, i32 7, i32 -7, i32 100, i32 -1], align 16
@__const.main.dens = private unnamed_addr constant [5 x i32] [i32 5, i32 -5, i32 3, i32 -3, i32 1], align 16

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %22
  %2 = phi i64 [ 0, %0 ], [ %23, %22 ]
  %3 = phi i32 [ 0, %0 ], [ %19, %22 ]
  %4 = getelementptr inbounds [6 x i32], [6 x i32]* @__const.main.nums, i64 0, i64 %2
  %5 = load i32, i32* %4, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %1, %6
  %7 = phi i64 [ 0, %1 ], [ %20, %6 ]
  %8 = phi i32 [ %3, %1 ], [ %19, %6 ]
  %9 = getelementptr inbounds [5 x i32], [5 x i32]* @__const.main.dens, i64 0, i64 %7
  %10 = load i32, i32* %9, align 4, !tbaa !5
  %11 = sdiv i32 %5, %10
  %12 = srem i32 %5, %10
  tail call void @putint(i32 noundef %5) #2
  tail call void @putch(i32 noundef 47) #2
  tail call void @putint(i32 noundef %10) #2
  tail call void @putch(i32 noundef 61) #2
  tail call void @putint(i32 noundef %11) #2
  tail call void @putch(i32 noundef 32) #2
  tail call void @putint(i32 noundef %5) #2
  tail call void @putch(i32 noundef 37) #2
  tail call void @putint(i32 noundef %10) #2
  tail call void @putch(i32 noundef 61) #2
  tail call void @putint(i32 noundef %12) #2
  tail call void @putch(i32 noundef 10) #2
  %13 = mul nsw i32 %11, %10
  %14 = add nsw i32 %13, %12
  %15 = icmp eq i32 %14, %5
  %16 = add nsw i32 %8, 100
  %17 = select i1 %15, i32 %8, i32 %16
  %18 = mul nsw i32 %12, %12
  %19 = add nsw i32 %17, %18
  %20 = add nuw nsw i64 %7, 1
  %21 = icmp eq i64 %20, 5
  br i1 %21, label %22, label %6, !llvm.loop !9

22:                                               ; preds = %6
  %23 = add nuw nsw i64 %2, 1
  %24 = icmp eq i64 %23, 6
  br i1 %24, label %25, label %1, !llvm.loop !11

25:                                               ; preds = %22
  tail call void @putint(i32 noundef -6) #2
  tail call void @putch(i32 noundef 10) #2
  ret i32 %19
}

declare void @putint(i32 noundef) local_unnamed_addr #1

declare void @putch(i32 noundef) local_unnamed_addr #1

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
