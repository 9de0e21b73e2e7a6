; ModuleID = 'func_scope_shadowing.sy'
source_filename = "func_scope_shadowing.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@x = dso_local local_unnamed_addr global i32 100, align 4
@y = dso_local local_unnamed_addr global i32 7, align 4

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn
define dso_local i32 @use_global() local_unnamed_addr #0 {
  %1 = load i32, i32* @x, align 4, !tbaa !5
  %2 = load i32, i32* @y, align 4, !tbaa !5
  %3 = add nsw i32 %2, %1
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @shadow_param(i32 noundef %0) local_unnamed_addr #1 {
  %2 = mul i32 %0, 10000
  %3 = add i32 %0, 3430
  %4 = add i32 %3, %2
  ret i32 %4
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = load i32, i32* @x, align 4, !tbaa !5
  tail call void @putint(i32 noundef %1) #4
  tail call void @putch(i32 noundef 10) #4
  tail call void @putint(i32 noundef 1) #4
  tail call void @putch(i32 noundef 10) #4
  tail call void @putint(i32 noundef 44) #4
  tail call void @putch(i32 noundef 10) #4
  tail call void @putint(i32 noundef 50) #4
  tail call void @putch(i32 noundef 10) #4
  tail call void @putint(i32 noundef 12) #4
  tail call void @putch(i32 noundef 10) #4
  %2 = load i32, i32* @y, align 4, !tbaa !5
  %3 = add nsw i32 %2, 1
  tail call void @putint(i32 noundef %3) #4
  tail call void @putch(i32 noundef 10) #4
  %4 = load i32, i32* @x, align 4, !tbaa !5
  %5 = load i32, i32* @y, align 4, !tbaa !5
  %6 = add nsw i32 %5, %4
  tail call void @putint(i32 noundef %6) #4
  tail call void @putch(i32 noundef 10) #4
  tail call void @putint(i32 noundef 93439) #4
  tail call void @putch(i32 noundef 10) #4
  tail call void @putint(i32 noundef 1) #4
  tail call void @putch(i32 noundef 32) #4
  tail call void @putint(i32 noundef 3) #4
  tail call void @putch(i32 noundef 32) #4
  tail call void @putint(i32 noundef 5) #4
  tail call void @putch(i32 noundef 32) #4
  tail call void @putch(i32 noundef 10) #4
  %7 = load i32, i32* @y, align 4, !tbaa !5
  %8 = add nsw i32 %7, 71
  ret i32 %8
}

declare void @putint(i32 noundef) local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

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
